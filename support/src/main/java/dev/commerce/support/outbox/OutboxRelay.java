package dev.commerce.support.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;

/**
 * Sends the outbox to Kafka: one thread per instance, any number of instances on one database. Each instance owns
 * some of the {@link Lanes lanes} (leases in {@code outbox_lane}, spread over the live members of {@code
 * outbox_member}), sends the pending rows of its lanes in id order through one idempotent producer without waiting
 * for each acknowledgement, and deletes rows once Kafka acknowledged them. Why this keeps each aggregate's events in
 * commit order, also across failures, restarts and takeovers, is in support/README.md.
 *
 * <p>Stopped after the web server and the Kafka listeners (a lower phase), so the events of the last requests and
 * records still go out; on stop it waits (bounded) for what it sent, then hands its lanes back.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final String member;
    private final OutboxProperties properties;
    private final OutboxSignal signal;
    private final Clock clock;
    private final LaneOwnership lanes;
    private final RecordDispatcher dispatcher;
    private volatile boolean running;
    private volatile boolean crashed;
    private Thread thread;

    public OutboxRelay(DataSource dataSource, Supplier<Producer<String, String>> producers, String member,
                       OutboxProperties properties, OutboxSignal signal, MeterRegistry registry, Clock clock) {
        this.member = member;
        this.properties = properties;
        this.signal = signal;
        this.clock = clock;
        this.lanes = new LaneOwnership(new LaneLeases(dataSource), member, properties);
        RelayMetrics metrics = new RelayMetrics(registry, member, this::lanesOwned);
        this.dispatcher = new RecordDispatcher(new OutboxStore(dataSource), producers, properties, metrics, signal,
                member);
    }

    public String member() {
        return member;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        crashed = false;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((dead, error) ->
                log.error("Outbox relay {} died; its events stay pending until the service restarts", member, error));
        thread.start();
        log.info("Outbox relay {} started", member);
    }

    @Override
    public void stop() {
        Thread relay;
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            relay = thread;
        }
        signal.wake();
        join(relay, properties.stopTimeout().plusSeconds(5));
        log.info("Outbox relay {} stopped", member);
    }

    /** Dies as a killed process would: no waiting, no hand-over, no goodbye; its leases run out on their own. */
    void crash() {
        crashed = true;
        Thread relay;
        synchronized (this) {
            running = false;
            relay = thread;
        }
        signal.wake();
        join(relay, Duration.ofSeconds(10));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // below WebServerGracefulShutdownLifecycle (DEFAULT_PHASE - 2048) and the listener containers
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    int lanesOwned() {
        return lanes.count();
    }

    private void run() {
        long nextPoll = 0;
        while (running) {
            try {
                long now = clock.millis();
                lanes.refreshIfDue(now, dispatcher.inFlight());
                dispatcher.settle(lanes, now);
                boolean more = false;
                if (signal.takeCommitted() || now >= nextPoll) {
                    nextPoll = now + properties.pollInterval().toMillis();
                    more = dispatcher.send(lanes, now);
                }
                if (!more) {
                    signal.await(Math.max(1, Math.min(nextPoll, lanes.nextRefresh()) - clock.millis()));
                }
            } catch (DataAccessException e) {
                log.debug("Outbox relay {}: the database did not answer: {}", member, e.getMessage());
                pause(properties.retryBackoff());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                log.warn("Outbox relay {}: unexpected failure, going on", member, e);
                pause(properties.retryBackoff());
            }
        }
        if (crashed) {
            dispatcher.closeProducer(Duration.ZERO);
        } else {
            finish();
        }
    }

    private void finish() {
        long deadline = clock.millis() + properties.stopTimeout().toMillis();
        try {
            while (!dispatcher.idle() && clock.millis() < deadline) {
                dispatcher.settle(lanes, clock.millis());
                if (!dispatcher.idle()) {
                    signal.await(50);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Outbox relay {}: settling its last records failed: {}", member, e.toString());
        }
        if (!dispatcher.idle()) {
            log.warn("Outbox relay {} stops with {} records unacknowledged; they stay pending and are sent again",
                    member, dispatcher.inFlight().size());
        }
        dispatcher.closeProducer(Duration.ZERO);
        try {
            dispatcher.flushDeletes();
        } catch (RuntimeException e) {
            log.debug("Last deletes failed: {}", e.toString());
        }
        lanes.releaseAndLeave(dispatcher.inFlight());
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Thread thread, Duration timeout) {
        if (thread == null) {
            return;
        }
        try {
            thread.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
