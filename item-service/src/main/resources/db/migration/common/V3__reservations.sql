-- A reservation is keyed by the order number, which makes POST /api/reservations idempotent and lets a
-- release of an unknown order number leave a RELEASED tombstone that refuses a late reservation.
CREATE TABLE reservation (
    order_number VARCHAR(64) NOT NULL,
    status       VARCHAR(16) NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    released_at  TIMESTAMP(6) NULL,
    PRIMARY KEY (order_number)
);

-- Lines keep the item's sku, name, category, price and points as they were when the stock was taken,
-- so a repeated request answers exactly the first answer even after the catalogue changed.
CREATE TABLE reservation_line (
    order_number VARCHAR(64)  NOT NULL,
    line_no      INT          NOT NULL,
    item_id      BIGINT       NOT NULL,
    sku          VARCHAR(40)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    category     VARCHAR(40)  NOT NULL,
    quantity     INT          NOT NULL,
    unit_price   BIGINT       NOT NULL,
    points       INT          NOT NULL,
    PRIMARY KEY (order_number, line_no),
    CONSTRAINT fk_reservation_line_reservation FOREIGN KEY (order_number) REFERENCES reservation (order_number),
    CONSTRAINT fk_reservation_line_item FOREIGN KEY (item_id) REFERENCES item (id),
    CONSTRAINT ck_reservation_line_quantity CHECK (quantity > 0)
);

CREATE INDEX ix_reservation_line_item ON reservation_line (item_id);
