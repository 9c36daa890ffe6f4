package dev.commerce.support.outbox;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wakes the relay thread: a local commit that appended events ({@link #recordsCommitted()}), or an acknowledgement
 * from the producer ({@link #wake()}). Only the first says there may be rows to fetch.
 */
public final class OutboxSignal {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean woken;
    private boolean committed;

    public void recordsCommitted() {
        lock.lock();
        try {
            committed = true;
            woken = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void wake() {
        lock.lock();
        try {
            woken = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until woken or the time is up. */
    void await(long millis) throws InterruptedException {
        lock.lock();
        try {
            long nanos = TimeUnit.MILLISECONDS.toNanos(millis);
            while (!woken && nanos > 0) {
                nanos = changed.awaitNanos(nanos);
            }
            woken = false;
        } finally {
            lock.unlock();
        }
    }

    /** Whether a commit happened since the last call. */
    boolean takeCommitted() {
        lock.lock();
        try {
            boolean was = committed;
            committed = false;
            return was;
        } finally {
            lock.unlock();
        }
    }
}
