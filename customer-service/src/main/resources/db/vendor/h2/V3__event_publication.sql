-- Spring Modulith's JDBC event publication registry (schema of spring-modulith-events-jdbc 1.4, H2 flavour:
-- the registry binds ids as UUID on H2). SERIALIZED_EVENT is widened from VARCHAR(4000) so that no event is
-- ever too large to be stored; in MODE=MySQL H2 reads LONGTEXT as an unbounded VARCHAR, which stays comparable.
CREATE TABLE EVENT_PUBLICATION (
    ID               UUID                     NOT NULL,
    LISTENER_ID      VARCHAR(512)             NOT NULL,
    EVENT_TYPE       VARCHAR(512)             NOT NULL,
    SERIALIZED_EVENT LONGTEXT                 NOT NULL,
    PUBLICATION_DATE TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    COMPLETION_DATE  TIMESTAMP(9) WITH TIME ZONE,
    PRIMARY KEY (ID)
);

CREATE INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX ON EVENT_PUBLICATION (COMPLETION_DATE);
