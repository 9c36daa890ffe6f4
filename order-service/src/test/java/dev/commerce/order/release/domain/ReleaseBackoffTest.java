package dev.commerce.order.release.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseBackoffTest {

    @Test
    void doublesPerAttemptUpToTheCap() {
        ReleaseBackoff backoff = new ReleaseBackoff(Duration.ofSeconds(5), Duration.ofMinutes(5));

        assertThat(backoff.afterAttempt(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.afterAttempt(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.afterAttempt(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(backoff.afterAttempt(7)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.afterAttempt(500)).isEqualTo(Duration.ofMinutes(5));
    }
}
