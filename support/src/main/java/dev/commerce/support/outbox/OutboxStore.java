package dev.commerce.support.outbox;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The relay's statements on {@code outbox_event}. The table holds only rows Kafka has not acknowledged yet, and each
 * statement is on the primary key or the {@code (lane, id)} index, so their cost does not grow with the number of
 * events ever published. Every statement runs on its own (auto-commit): the relay never holds a transaction open.
 */
class OutboxStore {

    private final JdbcTemplate jdbc;

    OutboxStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * The lowest pending ids of each lane, at most its limit, read from the index without the payloads. One
     * ordered range read per lane (a UNION ALL, one round trip): a single {@code lane IN (...) ORDER BY id} would
     * either sort every pending row of the lanes or walk the primary key past other lanes' rows.
     */
    List<Long> pendingIds(Map<Integer, Integer> limitByLane) {
        List<Long> ids = new ArrayList<>(jdbc.queryForList(pendingIdsQuery(limitByLane), Long.class));
        ids.sort(null);
        return ids;
    }

    static String pendingIdsQuery(Map<Integer, Integer> limitByLane) {
        List<String> perLane = limitByLane.entrySet().stream()
                .map(lane -> "SELECT id FROM outbox_event WHERE lane = " + lane.getKey()
                        + " AND parked_at IS NULL ORDER BY id LIMIT " + lane.getValue())
                .toList();
        return perLane.size() == 1 ? perLane.get(0)
                : perLane.stream().map(query -> "(" + query + ")").collect(Collectors.joining(" UNION ALL "));
    }

    List<PendingRecord> load(Collection<Long> ids) {
        return jdbc.query("SELECT id, lane, topic, record_key, event_id, event_type, headers, payload"
                        + " FROM outbox_event WHERE id IN (" + numbers(ids) + ") ORDER BY id",
                (row, n) -> new PendingRecord(row.getLong(1), row.getInt(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getString(7), row.getString(8)));
    }

    void delete(Collection<Long> ids) {
        jdbc.update("DELETE FROM outbox_event WHERE id IN (" + numbers(ids) + ")");
    }

    /** Counts a failure that was the record's own fault; answers the attempts so far (0: the row is gone). */
    int countFailure(long id) {
        jdbc.update("UPDATE outbox_event SET attempts = attempts + 1 WHERE id = ?", id);
        List<Integer> attempts = jdbc.queryForList("SELECT attempts FROM outbox_event WHERE id = ?", Integer.class,
                id);
        return attempts.isEmpty() ? 0 : attempts.get(0);
    }

    void park(long id, Instant now) {
        jdbc.update("UPDATE outbox_event SET parked_at = ? WHERE id = ?", LocalDateTime.ofInstant(now, ZoneOffset.UTC),
                id);
    }

    /** Ids the relay read itself and lane numbers, never input; inlined because their count varies per call. */
    private static String numbers(Collection<? extends Number> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
