package dev.commerce.item.catalog.adapter.out.kafka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationsInFlightTest {

    private final MutableClock clock = new MutableClock();
    private final PublicationsInFlight inFlight = new PublicationsInFlight(clock, Duration.ofMinutes(2));

    @Test
    void aPublishedEventIsNotResubmittedWhileItsSendIsUnderWay() {
        inFlight.published("a");

        assertThat(inFlight.claim("a")).isFalse();
        clock.advance(Duration.ofMinutes(3));
        assertThat(inFlight.claim("a")).as("a lost callback blocks only until the expiry").isTrue();
    }

    @Test
    void aFailedSendIsResubmittedOnceAtATime() {
        inFlight.published("a");
        inFlight.failed("a");

        assertThat(inFlight.claim("a")).isTrue();
        assertThat(inFlight.claim("a")).isFalse();
    }

    @Test
    void anAcknowledgedSendStaysBlockedUntilItsCompletionIsRecordedThenIsForgotten() {
        inFlight.published("a");
        inFlight.acknowledged("a");

        assertThat(inFlight.claim("a")).isFalse();
        clock.advance(Duration.ofMinutes(1));
        inFlight.purgeExpired();
        assertThat(inFlight.size()).isZero();
    }

    @Test
    void anUnknownEventMayBeSent() {
        assertThat(inFlight.claim("never-seen")).isTrue();
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-11-20T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
