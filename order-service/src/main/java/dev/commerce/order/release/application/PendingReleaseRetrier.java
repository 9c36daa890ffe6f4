package dev.commerce.order.release.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** Retries releases that are due: failed ones after their back-off, guards of placements that never finished. */
@Component
public class PendingReleaseRetrier {

    private static final Logger log = LoggerFactory.getLogger(PendingReleaseRetrier.class);

    private final PendingReleases releases;
    private final ReservationReleaser releaser;
    private final ReleaseProperties properties;
    private final Clock clock;

    public PendingReleaseRetrier(PendingReleases releases, ReservationReleaser releaser,
                                 ReleaseProperties properties, Clock clock) {
        this.releases = releases;
        this.releaser = releaser;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${commerce.orders.release.retry-interval:PT10S}",
            initialDelayString = "${commerce.orders.release.retry-interval:PT10S}")
    public void retryDueReleases() {
        try {
            releases.findDue(clock.instant(), properties.batchSize())
                    .forEach(release -> releaser.attempt(release.orderNumber()));
        } catch (DataAccessException e) {
            log.warn("Pending releases could not be read; next run retries: {}", e.getMessage());
        }
    }
}
