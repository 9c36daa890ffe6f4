-- Tables of the engine application itself; Camunda creates and updates its own ACT_* tables.

CREATE TABLE processed_event (
  event_id     VARCHAR(64)  NOT NULL,
  consumer     VARCHAR(64)  NOT NULL,
  event_type   VARCHAR(64)  NOT NULL,
  processed_at TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (event_id, consumer)
);

CREATE TABLE delivery_tracking_start (
  order_number VARCHAR(40)  NOT NULL,
  event_id     VARCHAR(64)  NOT NULL,
  started_at   TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (order_number)
);
