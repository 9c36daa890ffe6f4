package dev.commerce.support.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code commerce.outbox.*}; each has the environment override Spring Boot derives from its name
 * ({@code COMMERCE_OUTBOX_BATCH_SIZE}, {@code COMMERCE_OUTBOX_PRODUCER_LINGER}, ...).
 *
 * @param enabled           the outbox and its relay; a service with the outbox tables switches it on
 * @param relay             run the relay in this instance (off: this instance only writes; another one sends)
 * @param instanceId        this relay's member id; empty: {@code INSTANCE_ID}, else host name and a random suffix
 * @param batchSize         rows fetched (and sent without waiting) per round
 * @param maxInFlight       records sent and not yet settled before the relay stops fetching
 * @param pollInterval      how often owned lanes are read when no local commit woke the relay
 * @param heartbeatInterval how often membership, assignment and leases are refreshed
 * @param memberTimeout     a member whose heartbeat is older than this is gone; its lanes are reassigned
 * @param lease             how long a lane stays with its owner without renewal; another relay takes it after that
 * @param retryBackoff      how long a lane waits after a failed send (once its records settled) before it resends
 * @param parkAfter         failures of one record that was its own fault (too large) before it is parked
 * @param stopTimeout       how long a stopping relay waits for the acknowledgements of what it sent
 * @param metricsCache      how long the backlog figures (count queries) are reused
 * @param producer          settings of the relay's own Kafka producer
 */
@ConfigurationProperties("commerce.outbox")
public record OutboxProperties(@DefaultValue("false") boolean enabled,
                               @DefaultValue("true") boolean relay,
                               @DefaultValue("") String instanceId,
                               @DefaultValue("500") int batchSize,
                               @DefaultValue("5000") int maxInFlight,
                               @DefaultValue("150ms") Duration pollInterval,
                               @DefaultValue("1s") Duration heartbeatInterval,
                               @DefaultValue("10s") Duration memberTimeout,
                               @DefaultValue("15s") Duration lease,
                               @DefaultValue("500ms") Duration retryBackoff,
                               @DefaultValue("3") int parkAfter,
                               @DefaultValue("10s") Duration stopTimeout,
                               @DefaultValue("5s") Duration metricsCache,
                               @DefaultValue Producer producer) {

    /**
     * The ordering settings (idempotence, acks=all, 5 in flight, unbounded retries and delivery timeout) are not
     * settable: the ordering guarantee depends on them.
     *
     * @param linger              how long a record waits for others to share its batch
     * @param maxBlock            how long a send may wait for metadata or buffer space before it fails
     * @param requestTimeout      how long the producer waits for one answer before it retries on a new connection
     * @param reconnectBackoffMax the longest pause between reconnection attempts to a broker that is away
     */
    public record Producer(@DefaultValue("5ms") Duration linger,
                           @DefaultValue("1s") Duration maxBlock,
                           @DefaultValue("5s") Duration requestTimeout,
                           @DefaultValue("1s") Duration reconnectBackoffMax) {
    }

    public static OutboxProperties defaults() {
        return new OutboxProperties(true, true, "", 500, 5000, Duration.ofMillis(150), Duration.ofSeconds(1),
                Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofMillis(500), 3, Duration.ofSeconds(10),
                Duration.ofSeconds(5), new Producer(Duration.ofMillis(5), Duration.ofSeconds(1),
                        Duration.ofSeconds(5), Duration.ofSeconds(1)));
    }
}
