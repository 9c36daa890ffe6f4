package dev.commerce.support.outbox;

/**
 * The state of one lane this relay holds the lease of.
 * <ul>
 * <li>SENDING: its pending rows are fetched and sent in id order;</li>
 * <li>HALTED: a send failed; nothing more is sent until every record in flight has settled and the back-off has
 * passed, then it sends again from its lowest pending id (the failed record first);</li>
 * <li>DRAINING: assigned to another member; nothing more is sent, and the lease is released once nothing of the
 * lane is in flight or waiting to be deleted, so the next owner starts after this relay's last record.</li>
 * </ul>
 */
final class Lane {

    enum Phase { SENDING, HALTED, DRAINING }

    private final int number;
    private Phase phase = Phase.SENDING;
    private long resumeAt;

    Lane(int number) {
        this.number = number;
    }

    int number() {
        return number;
    }

    Phase phase() {
        return phase;
    }

    /** Whether new rows may be sent now; a halted lane whose records have settled resumes after the back-off. */
    boolean maySend(long now, boolean busy) {
        if (phase == Phase.HALTED && !busy && now >= resumeAt) {
            phase = Phase.SENDING;
        }
        return phase == Phase.SENDING;
    }

    /** Every failure pushes the resumption out, so the lane resumes {@code backoff} after its last failure. */
    void failed(long now, long backoffMillis) {
        if (phase == Phase.SENDING) {
            phase = Phase.HALTED;
        }
        resumeAt = Math.max(resumeAt, now + backoffMillis);
    }

    void drain() {
        phase = Phase.DRAINING;
    }

    /** Assigned to this member again before it was released: it goes on (after a back-off it may still owe). */
    void keep() {
        if (phase == Phase.DRAINING) {
            phase = Phase.HALTED;
        }
    }

    boolean releasable(boolean busy) {
        return phase == Phase.DRAINING && !busy;
    }
}
