-- Spring Modulith's JDBC event publication registry (schema of spring-modulith-events-jdbc 1.4, MySQL flavour).
-- The registry issues unquoted upper-case names and MariaDB/MySQL on Linux compare table names case-sensitively,
-- hence EVENT_PUBLICATION in capitals. SERIALIZED_EVENT is LONGTEXT instead of VARCHAR(4000) so that no event is
-- ever too large to be stored. DATETIME instead of TIMESTAMP: no 2038 limit and no implicit ON UPDATE default.
CREATE TABLE EVENT_PUBLICATION (
    ID               VARCHAR(36)  NOT NULL,
    LISTENER_ID      VARCHAR(512) NOT NULL,
    EVENT_TYPE       VARCHAR(512) NOT NULL,
    SERIALIZED_EVENT LONGTEXT     NOT NULL,
    PUBLICATION_DATE DATETIME(6)  NOT NULL,
    COMPLETION_DATE  DATETIME(6)  NULL,
    PRIMARY KEY (ID),
    INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX (COMPLETION_DATE)
) DEFAULT CHARSET = utf8mb4;
