package dev.commerce.order.order.adapter.out.kafka;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.ProducerListener;

@Configuration(proxyBeanMethods = false)
class ProducerLoggingConfiguration {

    /** Replaces Spring Kafka's LoggingProducerListener, which logs a full stack trace (ERROR) per failed send. */
    @Bean
    ProducerListener<Object, Object> kafkaProducerListener() {
        return new OrderEventSendLogger();
    }
}
