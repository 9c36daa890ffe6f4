package dev.commerce.customer.shared.config;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code customer.*}; defaults live in application.yml.
 *
 * @param zone the business time zone: coupon validity days are counted in it
 */
@ConfigurationProperties("customer")
public record CustomerProperties(ZoneId zone, Kafka kafka) {

    public record Kafka(String ordersTopic, String customersTopic, boolean createTopics, int partitions,
                        short replicas, Retry retry) {

        public String ordersDeadLetterTopic() {
            return ordersTopic + ".DLT";
        }
    }

    /** Back-off for a failing record before it goes to the dead-letter topic; attempts include the first. */
    public record Retry(Duration initialInterval, double multiplier, int maxAttempts) {
    }
}
