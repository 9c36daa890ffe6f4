package dev.commerce.chatbot.nlu.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;

/**
 * Keeps the catalogue in step with item-service: the first fetch runs right after start-up (in the
 * background, so the adapter starts even when item-service is down), then every refresh interval; after a
 * failure the next attempt comes after the shorter retry interval. An empty answer is not applied: an
 * empty catalogue would silently switch item recognition off.
 */
public class CatalogueRefresher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CatalogueRefresher.class);

    private final Catalogue catalogue;
    private final CatalogueSource source;
    private final TaskScheduler scheduler;
    private final Duration refreshInterval;
    private final Duration retryInterval;
    private volatile ScheduledFuture<?> next;
    private volatile boolean running;
    private volatile boolean failing;

    public CatalogueRefresher(Catalogue catalogue, CatalogueSource source, TaskScheduler scheduler,
                              Duration refreshInterval, Duration retryInterval) {
        this.catalogue = catalogue;
        this.source = source;
        this.scheduler = scheduler;
        this.refreshInterval = refreshInterval;
        this.retryInterval = retryInterval;
    }

    /** One refresh attempt; returns whether the catalogue was replaced. */
    public boolean refresh() {
        try {
            List<String> names = source.fetchItemNames();
            if (names.isEmpty()) {
                catalogue.recordFailure("item-service returned an empty catalogue; keeping the previous names");
                log.warn("item-service returned an empty catalogue; keeping {} known names", catalogue.names().size());
                return false;
            }
            catalogue.replace(names);
            if (failing) {
                log.info("catalogue refreshed from item-service again ({} names)", names.size());
            }
            failing = false;
            return true;
        } catch (RuntimeException e) {
            catalogue.recordFailure(e.getClass().getSimpleName() + ": " + e.getMessage());
            if (!failing) {
                log.warn("cannot refresh the catalogue from item-service, keeping {} known names: {}",
                        catalogue.names().size(), e.toString());
            }
            failing = true;
            return false;
        }
    }

    private void runAndReschedule() {
        boolean replaced = refresh();
        if (running) {
            Duration delay = replaced ? refreshInterval : retryInterval;
            next = scheduler.schedule(this::runAndReschedule, Instant.now().plus(delay));
        }
    }

    @Override
    public void start() {
        running = true;
        next = scheduler.schedule(this::runAndReschedule, Instant.now());
    }

    @Override
    public void stop() {
        running = false;
        ScheduledFuture<?> scheduled = next;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
