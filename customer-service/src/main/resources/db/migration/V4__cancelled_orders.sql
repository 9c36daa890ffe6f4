-- One row per order whose OrderCancelled this service has processed. An OrderPlaced that arrives after its
-- cancellation (events resent after a broker outage, two order-service instances) then credits nothing.
CREATE TABLE cancelled_order (
    order_number VARCHAR(40)  NOT NULL,
    customer_id  BIGINT       NOT NULL,
    event_id     VARCHAR(100) NOT NULL,
    recorded_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (order_number)
) DEFAULT CHARSET = utf8mb4;
