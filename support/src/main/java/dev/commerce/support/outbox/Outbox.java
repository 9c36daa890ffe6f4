package dev.commerce.support.outbox;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes events into the outbox table in the caller's transaction, so an event commits (or rolls back) with the
 * state change it reports. The relay ({@link OutboxRelay}) sends it after commit and deletes the row once Kafka
 * acknowledged it.
 *
 * <p>Two events of one aggregate must be appended under that aggregate's row lock (the caller holds it, e.g. after
 * {@code SELECT ... FOR UPDATE} or an {@code UPDATE} of the row): the auto-increment id then orders them as their
 * transactions committed, and the relay sends an aggregate's events in id order.
 */
public class Outbox {

    private static final String INSERT = """
            INSERT INTO outbox_event (lane, topic, record_key, event_id, event_type, headers, payload, created_at,
                                      attempts)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)""";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final OutboxSignal signal;
    private final Clock clock;

    public Outbox(DataSource dataSource, OutboxSignal signal, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.signal = signal;
        this.clock = clock;
    }

    /**
     * @throws IllegalTransactionStateException without a read-write transaction on this outbox's DataSource: an
     *                                          event written on its own would be published even if the state
     *                                          change it reports rolled back
     */
    public void append(OutboxRecord record) {
        requireTransaction();
        jdbc.update(INSERT, Lanes.of(record.key()), record.topic(), record.key(), record.eventId(), record.type(),
                HeaderCodec.encode(record.headers()), record.payload(),
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                signal.recordsCommitted();
            }
        });
    }

    private void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.hasResource(dataSource)) {
            throw new IllegalTransactionStateException(
                    "Outbox.append needs the transaction of the state change it reports, and none is active");
        }
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalTransactionStateException("Outbox.append in a read-only transaction");
        }
    }
}
