-- Orders whose OrderCancelled arrived while no delivery tracking existed for them (events resent after a broker
-- outage, or sent by two order-service instances): a later OrderPlaced starts no tracking, hence no apology coupon.
CREATE TABLE cancelled_order (
  order_number VARCHAR(40)  NOT NULL,
  event_id     VARCHAR(64)  NOT NULL,
  recorded_at  TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (order_number)
);
