package dev.commerce.support.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ProducerFactory;

/**
 * The outbox of a service with a DataSource and Spring Kafka: {@link Outbox} to append events in a transaction, an
 * {@link OutboxRelay} that sends them (its own producer, configured from the application's producer factory), and
 * the backlog gauges. The service's Flyway migration creates the tables (support/README.md). Opt-in with {@code
 * commerce.outbox.enabled=true}: other modules depend on this jar for other glue and have a DataSource and Kafka
 * too (the process engine), but no outbox tables.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, KafkaAutoConfiguration.class})
@ConditionalOnClass({JdbcTemplate.class, ProducerFactory.class, KafkaProducer.class, MeterRegistry.class})
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(prefix = "commerce.outbox", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OutboxSignal outboxSignal() {
        return new OutboxSignal();
    }

    @Bean
    @ConditionalOnMissingBean
    Outbox outbox(DataSource dataSource, OutboxSignal signal) {
        return new Outbox(dataSource, signal, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(ProducerFactory.class)
    @ConditionalOnProperty(prefix = "commerce.outbox", name = "relay", matchIfMissing = true)
    OutboxRelay outboxRelay(DataSource dataSource, ProducerFactory<?, ?> producerFactory, OutboxProperties properties,
                            OutboxSignal signal, ObjectProvider<MeterRegistry> registry, Environment environment) {
        String member = instanceId(properties, environment);
        Map<String, Object> config = RelayProducerConfig.of(producerFactory.getConfigurationProperties(),
                properties.producer(), "outbox-" + member);
        return new OutboxRelay(dataSource, () -> new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer()), member, properties, signal,
                registry.getIfAvailable(CompositeMeterRegistry::new), Clock.systemUTC());
    }

    /** A MeterBinder: bound to the application's registries, if it has any. */
    @Bean
    BacklogMetrics outboxBacklogMetrics(DataSource dataSource, OutboxProperties properties) {
        return new BacklogMetrics(dataSource, Clock.systemUTC(), properties.metricsCache());
    }

    /** {@code INSTANCE_ID} as the launcher and Kubernetes set it; else the host name and a random suffix. */
    static String instanceId(OutboxProperties properties, Environment environment) {
        if (!properties.instanceId().isBlank()) {
            return properties.instanceId().trim();
        }
        String configured = environment.getProperty("INSTANCE_ID", "");
        if (!configured.isBlank()) {
            return configured.trim();
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "relay";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
