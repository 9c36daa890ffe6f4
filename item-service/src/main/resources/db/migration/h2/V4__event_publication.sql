-- Spring Modulith's JDBC event publication registry (its schema-h2.sql), owned by Flyway here.
-- H2 needs its own file: Modulith reads ID back as java.util.UUID on H2 (a VARCHAR on MySQL).
-- SERIALIZED_EVENT is widened from VARCHAR(4000); it stays a VARCHAR because H2 cannot compare CLOBs.
CREATE TABLE EVENT_PUBLICATION (
    ID               UUID                     NOT NULL,
    LISTENER_ID      VARCHAR(512)             NOT NULL,
    EVENT_TYPE       VARCHAR(512)             NOT NULL,
    SERIALIZED_EVENT VARCHAR(1000000)         NOT NULL,
    PUBLICATION_DATE TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    COMPLETION_DATE  TIMESTAMP(9) WITH TIME ZONE,
    PRIMARY KEY (ID)
);

CREATE INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX ON EVENT_PUBLICATION (COMPLETION_DATE);
