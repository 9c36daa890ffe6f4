package dev.commerce.customer.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one application context every integration test shares: the real service on a random port, the test
 * database of {@link TestDatabase} and an embedded KRaft broker with three partitions per topic, so that
 * records of different orders are consumed concurrently as in production.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "customer.kafka.retry.initial-interval=100ms",
        "logging.level.org.apache.kafka=ERROR",
        "logging.level.kafka=ERROR",
        "logging.level.org.apache.zookeeper=ERROR"})
@EmbeddedKafka(kraft = true, partitions = 3,
        topics = {"commerce.orders", "commerce.orders.DLT", "commerce.customers"},
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
public @interface IntegrationTest {
}
