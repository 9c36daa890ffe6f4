package dev.commerce.support.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Fetches the lowest pending rows of the lanes that may send and hands them to the producer without waiting for
 * acknowledgements; applies the producer's answers (acknowledged rows are deleted in batches, a failure halts its
 * lane). Used by the relay thread; only the producer's callbacks come from its network thread, through a queue.
 */
final class RecordDispatcher {

    private static final Logger log = LoggerFactory.getLogger(RecordDispatcher.class);

    private record Answer(PendingRecord record, Exception failure) {
    }

    private final OutboxStore store;
    private final Supplier<Producer<String, String>> producers;
    private final OutboxProperties properties;
    private final RelayMetrics metrics;
    private final OutboxSignal signal;
    private final FailureLog failureLog;
    private final InFlight inFlight = new InFlight();
    private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();
    private Producer<String, String> producer;
    private boolean replaceProducer;
    private long pausedUntil;
    private boolean deleteFailing;

    RecordDispatcher(OutboxStore store, Supplier<Producer<String, String>> producers, OutboxProperties properties,
                     RelayMetrics metrics, OutboxSignal signal, String member) {
        this.store = store;
        this.producers = producers;
        this.properties = properties;
        this.metrics = metrics;
        this.signal = signal;
        this.failureLog = new FailureLog(member);
    }

    InFlight inFlight() {
        return inFlight;
    }

    /** Applies the answers that arrived, deletes acknowledged rows, replaces a broken producer once idle. */
    void settle(LaneOwnership lanes, long now) {
        int acknowledged = 0;
        for (Answer answer = answers.poll(); answer != null; answer = answers.poll()) {
            if (answer.failure() == null) {
                inFlight.acknowledged(answer.record().id());
                acknowledged++;
            } else {
                inFlight.failed(answer.record().id());
                failed(answer, lanes, now);
            }
        }
        if (acknowledged > 0) {
            metrics.acknowledged(acknowledged);
            failureLog.acknowledged();
        }
        deleteAcknowledged();
        if (replaceProducer && inFlight.unanswered() == 0) {
            closeProducer(Duration.ZERO);
            replaceProducer = false;
        }
    }

    private void failed(Answer answer, LaneOwnership lanes, long now) {
        SendFailure kind = SendFailure.of(answer.failure());
        metrics.failed(kind);
        failureLog.failed(answer.record(), kind, answer.failure());
        Lane lane = lanes.lane(answer.record().lane());
        if (lane != null) {
            lane.failed(now, properties.retryBackoff().toMillis());
        }
        if (kind == SendFailure.RECORD) {
            countAgainst(answer, now);
        } else if (kind == SendFailure.PRODUCER) {
            replaceProducer = true;
        }
    }

    private void countAgainst(Answer answer, long now) {
        try {
            int attempts = store.countFailure(answer.record().id());
            if (attempts >= properties.parkAfter()) {
                store.park(answer.record().id(), Instant.ofEpochMilli(now));
                metrics.parked();
                failureLog.parked(answer.record(), attempts, answer.failure());
            }
        } catch (DataAccessException e) {
            log.warn("Could not count the failure of {}: {}", answer.record().describe(), e.getMessage());
        }
    }

    private void deleteAcknowledged() {
        for (List<Long> ids = inFlight.toDelete(properties.batchSize()); !ids.isEmpty();
             ids = inFlight.toDelete(properties.batchSize())) {
            try {
                store.delete(ids);
                inFlight.deleted(ids);
                deleteFailing = false;
            } catch (DataAccessException e) {
                if (!deleteFailing) {
                    log.warn("Could not delete acknowledged outbox rows; retrying (their lanes wait): {}",
                            e.getMostSpecificCause().getMessage());
                }
                deleteFailing = true;
                return;
            }
        }
    }

    /**
     * Sends the lowest pending rows of the lanes that may send, in id order. Answers whether a full batch went
     * out, i.e. whether more may be waiting right now.
     */
    boolean send(LaneOwnership lanes, long now) {
        if (now < pausedUntil || replaceProducer || !lanes.leasesValid(now)) {
            return false;
        }
        List<Integer> sendable = lanes.sendable(now, inFlight);
        int room = Math.min(properties.batchSize(), properties.maxInFlight() - inFlight.size());
        if (sendable.isEmpty() || room <= 0) {
            return false;
        }
        Map<Integer, Integer> limits = new LinkedHashMap<>();
        sendable.forEach(lane -> limits.put(lane, inFlight.count(lane) + room));
        List<Long> fresh = store.pendingIds(limits).stream()
                .filter(id -> !inFlight.contains(id))
                .limit(room)
                .toList();
        if (fresh.isEmpty()) {
            return false;
        }
        for (PendingRecord row : store.load(fresh)) {
            Lane lane = lanes.lane(row.lane());
            if (lane != null && lane.phase() == Lane.Phase.SENDING && !sendOne(row)) {
                // could not even start (no metadata, buffer full): the same holds for the rest, so wait a little
                lane.failed(now, properties.retryBackoff().toMillis());
                pausedUntil = now + properties.retryBackoff().toMillis();
                return false;
            }
        }
        return fresh.size() == properties.batchSize();
    }

    /** Answers false when the send failed at once; its answer is queued like any other. */
    private boolean sendOne(PendingRecord row) {
        inFlight.sent(row.id(), row.lane());
        Future<RecordMetadata> sent;
        try {
            sent = producer().send(row.toProducerRecord(), (metadata, failure) -> {
                answers.add(new Answer(row, failure));
                signal.wake();
            });
        } catch (RuntimeException thrown) {
            // thrown rather than reported to the callback (producer closed, serializer): answer it ourselves
            answers.add(new Answer(row, thrown));
            return false;
        }
        metrics.sent();
        if (sent.isDone()) {
            try {
                sent.get();
            } catch (ExecutionException failedAtOnce) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            producer = producers.get();
        }
        return producer;
    }

    boolean idle() {
        return inFlight.size() == 0 && answers.isEmpty();
    }

    /** Closes the producer; records it has not delivered by then are abandoned and stay pending in the table. */
    void closeProducer(Duration timeout) {
        if (producer != null) {
            try {
                producer.close(timeout);
            } catch (RuntimeException e) {
                log.debug("Closing the outbox producer failed: {}", e.toString());
            }
            producer = null;
        }
        for (Answer answer = answers.poll(); answer != null; answer = answers.poll()) {
            if (answer.failure() == null) {
                inFlight.acknowledged(answer.record().id());
            } else {
                inFlight.failed(answer.record().id());
            }
        }
        inFlight.abandonUnanswered();
    }

    /** The last deletes of a stopping relay. */
    void flushDeletes() {
        deleteAcknowledged();
    }
}
