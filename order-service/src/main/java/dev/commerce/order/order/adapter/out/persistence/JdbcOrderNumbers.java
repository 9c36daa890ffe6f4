package dev.commerce.order.order.adapter.out.persistence;

import dev.commerce.order.order.application.OrderNumbers;
import dev.commerce.order.order.domain.OrderNumberFormat;
import dev.commerce.order.platform.config.OrderProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Increments the day's counter row; the update's row lock makes concurrent allocations wait for each other. The
 * first number of a day inserts the row; a concurrent first insert fails on the primary key and the caller retries.
 */
@Component
class JdbcOrderNumbers implements OrderNumbers {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final OrderProperties properties;

    JdbcOrderNumbers(JdbcClient jdbc, Clock clock, OrderProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public String next() {
        LocalDate day = LocalDate.now(clock.withZone(properties.numberZone()));
        int updated = jdbc.sql("UPDATE order_number_sequence SET last_value = last_value + 1 WHERE seq_date = ?")
                .param(day)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO order_number_sequence (seq_date, last_value) VALUES (?, 1)").param(day).update();
            return OrderNumberFormat.format(day, 1);
        }
        long value = jdbc.sql("SELECT last_value FROM order_number_sequence WHERE seq_date = ?")
                .param(day)
                .query(Long.class)
                .single();
        return OrderNumberFormat.format(day, value);
    }
}
