package dev.commerce.order.release.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param guardDelay     how long a placement may take before its reservation is presumed orphaned and released
 * @param initialBackoff delay before retrying a failed release; doubles per attempt up to {@code maxBackoff}
 * @param retryInterval  how often due releases are retried
 * @param batchSize      releases retried per run
 */
@ConfigurationProperties("commerce.orders.release")
public record ReleaseProperties(@DefaultValue("PT2M") Duration guardDelay,
                                @DefaultValue("PT5S") Duration initialBackoff,
                                @DefaultValue("PT5M") Duration maxBackoff,
                                @DefaultValue("PT10S") Duration retryInterval,
                                @DefaultValue("50") int batchSize) {
}
