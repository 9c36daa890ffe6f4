package dev.commerce.order.release.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small bounded pool of its own, so release calls to a slow item-service neither hold request threads nor
 * starve the event externalization that runs on the application task executor. Overflow is dropped: the
 * pending-release schedule picks it up.
 */
@Component
public class ReleaseAttemptExecutor implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReleaseAttemptExecutor.class);

    private final ThreadPoolExecutor pool;

    public ReleaseAttemptExecutor() {
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(500), task -> {
            Thread thread = new Thread(task, "release-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public void submit(Runnable attempt) {
        try {
            pool.execute(() -> {
                try {
                    attempt.run();
                } catch (RuntimeException e) {
                    log.warn("Release attempt failed; the schedule retries it: {}", e.getMessage());
                }
            });
        } catch (RejectedExecutionException e) {
            log.info("Release attempts are queued up; leaving this one to the schedule");
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }
}
