-- Spring Modulith's JDBC registry binds ids as UUID on H2 (VARCHAR elsewhere), hence one file per vendor.
-- SERIALIZED_EVENT is widened from VARCHAR(4000): an order with 50 lines does not fit.
CREATE TABLE EVENT_PUBLICATION (
    ID               UUID                        NOT NULL,
    LISTENER_ID      VARCHAR(512)                NOT NULL,
    EVENT_TYPE       VARCHAR(512)                NOT NULL,
    SERIALIZED_EVENT TEXT                        NOT NULL,
    PUBLICATION_DATE TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    COMPLETION_DATE  TIMESTAMP(9) WITH TIME ZONE,
    PRIMARY KEY (ID)
);

CREATE INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX ON EVENT_PUBLICATION (COMPLETION_DATE);
