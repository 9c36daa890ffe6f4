-- Runs unchanged on H2 (MODE=MySQL) and MariaDB / MySQL 8.
CREATE TABLE item (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    sku      VARCHAR(40)  NOT NULL,
    name     VARCHAR(100) NOT NULL,
    category VARCHAR(40)  NOT NULL,
    price    BIGINT       NOT NULL,
    stock    INT          NOT NULL,
    points   INT          NOT NULL,
    version  BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_item_sku UNIQUE (sku),
    -- the last line of defence: a bug in the application can never make stock negative
    CONSTRAINT ck_item_stock CHECK (stock >= 0),
    CONSTRAINT ck_item_price CHECK (price >= 0),
    CONSTRAINT ck_item_points CHECK (points >= 0)
);

CREATE INDEX ix_item_category ON item (category);
