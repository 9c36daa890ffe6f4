package dev.commerce.order.support;

import dev.commerce.order.order.adapter.out.kafka.OrderEventsProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
public class TestProbes {

    @Bean
    CommittedOrderEvents committedOrderEvents() {
        return new CommittedOrderEvents();
    }

    @Bean
    OrderTopicProbe orderTopicProbe(@Value("${spring.kafka.bootstrap-servers}") String bootstrapServers,
                                    OrderEventsProperties properties) {
        return new OrderTopicProbe(bootstrapServers, properties.topic());
    }
}
