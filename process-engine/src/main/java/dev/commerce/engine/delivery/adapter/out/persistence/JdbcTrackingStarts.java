package dev.commerce.engine.delivery.adapter.out.persistence;

import dev.commerce.engine.delivery.application.TrackingStarts;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcTrackingStarts implements TrackingStarts {

  private final JdbcTemplate jdbc;

  JdbcTrackingStarts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean exists(String orderNumber) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM delivery_tracking_start WHERE order_number = ?",
        Integer.class, orderNumber);
    return count != null && count > 0;
  }

  @Override
  public void record(String orderNumber, String eventId) {
    jdbc.update("INSERT INTO delivery_tracking_start (order_number, event_id, started_at) VALUES (?, ?, ?)",
        orderNumber, eventId, Timestamp.from(Instant.now()));
  }
}
