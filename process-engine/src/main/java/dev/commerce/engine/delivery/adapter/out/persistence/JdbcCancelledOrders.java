package dev.commerce.engine.delivery.adapter.out.persistence;

import dev.commerce.engine.delivery.application.CancelledOrders;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCancelledOrders implements CancelledOrders {

  private final JdbcTemplate jdbc;

  JdbcCancelledOrders(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean isCancelled(String orderNumber) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM cancelled_order WHERE order_number = ?",
        Integer.class, orderNumber);
    return count != null && count > 0;
  }

  @Override
  public void remember(String orderNumber, String eventId) {
    // an order's events share a partition and are handled one after the other, so check-then-insert is safe
    if (!isCancelled(orderNumber)) {
      jdbc.update("INSERT INTO cancelled_order (order_number, event_id, recorded_at) VALUES (?, ?, ?)",
          orderNumber, eventId, Timestamp.from(Instant.now()));
    }
  }
}
