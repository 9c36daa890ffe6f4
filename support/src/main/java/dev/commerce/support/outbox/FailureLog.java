package dev.commerce.support.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One warning when sends start failing and one line when Kafka acknowledges again, rather than a line per failed
 * send: while the broker is away every lane retries twice a second, and every record is safe in the table.
 */
final class FailureLog {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final String member;
    private long failuresSinceLastAck;

    FailureLog(String member) {
        this.member = member;
    }

    void failed(PendingRecord record, SendFailure kind, Throwable failure) {
        String reason = SendFailure.unwrap(failure).toString();
        if (kind == SendFailure.RECORD) {
            log.info("Outbox relay {}: {} failed on its own account: {}", member, record.describe(), reason);
        } else if (failuresSinceLastAck == 0) {
            log.warn("Outbox relay {}: sending {} failed ({}); its lane waits and resends from its oldest record, "
                    + "nothing is lost: {}", member, record.describe(), kind, reason);
        } else {
            log.debug("Outbox relay {}: sending {} failed again: {}", member, record.describe(), reason);
        }
        failuresSinceLastAck++;
    }

    void acknowledged() {
        if (failuresSinceLastAck > 0) {
            log.info("Outbox relay {}: Kafka acknowledges records again ({} failed sends before)", member,
                    failuresSinceLastAck);
            failuresSinceLastAck = 0;
        }
    }

    void parked(PendingRecord record, int attempts, Throwable failure) {
        log.warn("Outbox relay {}: parked {} after {} failed attempts ({}); it will not be sent, the rest of its lane "
                        + "goes on. Fix and clear parked_at to send it again.", member, record.describe(), attempts,
                SendFailure.unwrap(failure).toString());
    }
}
