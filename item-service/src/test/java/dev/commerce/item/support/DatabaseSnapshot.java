package dev.commerce.item.support;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** Everything a request could change: every item row, the reservations and the events waiting in the outbox. */
public record DatabaseSnapshot(List<Map<String, Object>> items, int reservations, int lines, int events) {

    public static DatabaseSnapshot of(JdbcTemplate jdbc) {
        return new DatabaseSnapshot(
                jdbc.queryForList("SELECT id, sku, name, category, price, stock, points, version FROM item ORDER BY id"),
                jdbc.queryForObject("SELECT COUNT(*) FROM reservation", Integer.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM reservation_line", Integer.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM outbox_event", Integer.class));
    }
}
