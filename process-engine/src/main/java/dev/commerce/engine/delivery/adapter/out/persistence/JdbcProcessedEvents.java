package dev.commerce.engine.delivery.adapter.out.persistence;

import dev.commerce.engine.delivery.application.ProcessedEvents;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcProcessedEvents implements ProcessedEvents {

  private final JdbcTemplate jdbc;

  JdbcProcessedEvents(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean claim(String eventId, String consumer, String eventType) {
    Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM processed_event WHERE event_id = ? AND consumer = ?",
        Integer.class, eventId, consumer);
    if (known != null && known > 0) {
      return false;
    }
    jdbc.update("INSERT INTO processed_event (event_id, consumer, event_type, processed_at) VALUES (?, ?, ?, ?)",
        eventId, consumer, eventType, Timestamp.from(Instant.now()));
    return true;
  }
}
