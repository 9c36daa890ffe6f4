package dev.commerce.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class OutboxAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OutboxAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:autoconfig;MODE=MySQL", "commerce.outbox.enabled=true");

    @Test
    void aServiceWithADataSourceAndKafkaGetsTheOutboxAndItsRelay() {
        runner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, KafkaAutoConfiguration.class))
                .withPropertyValues("INSTANCE_ID=order-service-2")
                .run(context -> {
                    assertThat(context).hasSingleBean(Outbox.class).hasSingleBean(OutboxRelay.class)
                            .hasSingleBean(BacklogMetrics.class);
                    assertThat(context.getBean(OutboxRelay.class).member()).isEqualTo("order-service-2");
                });
    }

    @Test
    void aModuleThatDoesNotSwitchItOnGetsNothing() {
        runner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, KafkaAutoConfiguration.class))
                .withPropertyValues("commerce.outbox.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(Outbox.class).doesNotHaveBean(OutboxRelay.class));
    }

    @Test
    void withoutKafkaThereIsNoRelay() {
        runner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                .run(context -> assertThat(context).hasSingleBean(Outbox.class).doesNotHaveBean(OutboxRelay.class));
    }

    @Test
    void withoutADataSourceThereIsNoOutbox() {
        runner.withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(Outbox.class));
    }

    @Test
    void theRelayCanBeSwitchedOffAndTheInstanceIdSet() {
        runner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, KafkaAutoConfiguration.class))
                .withPropertyValues("commerce.outbox.relay=false")
                .run(context -> assertThat(context).hasSingleBean(Outbox.class).doesNotHaveBean(OutboxRelay.class));
        runner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, KafkaAutoConfiguration.class))
                .withPropertyValues("commerce.outbox.instance-id=relay-x")
                .run(context -> assertThat(context.getBean(OutboxRelay.class).member()).isEqualTo("relay-x"));
    }
}
