package dev.commerce.customer.orderevents.adapter.in.kafka;

import dev.commerce.customer.orderevents.domain.InvalidEventException;
import dev.commerce.customer.shared.config.CustomerProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * A failing record is retried with exponential back-off (docs/events.md: 1 s, x2, 4 attempts) and then
 * published unchanged (same key and value) to {@code <topic>.DLT}; a record that can never succeed goes there
 * at once. Boot wires this handler into the listener container factory. If the dead-letter topic cannot be
 * written either, the record is not committed and is tried again: it is never dropped.
 */
@Configuration(proxyBeanMethods = false)
class KafkaErrorHandlingConfig {

    private static final Logger log = LoggerFactory.getLogger(KafkaErrorHandlingConfig.class);

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> kafkaTemplate, CustomerProperties properties,
                                          MeterRegistry meters) {
        // partition -1: let the producer choose, so the DLT need not have as many partitions as the source topic
        var recoverer = new DeadLetterPublishingRecoverer(kafkaTemplate,
                (record, exception) -> new TopicPartition(record.topic() + ".DLT", -1));
        var retry = properties.kafka().retry();
        var backOff = new ExponentialBackOffWithMaxRetries(retry.maxAttempts() - 1);
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMultiplier(retry.multiplier());
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(InvalidEventException.class);
        handler.setRetryListeners(new CountingRetryListener(meters));
        return handler;
    }

    /** Failed attempts and dead-lettered records as metrics: an alert on the DLT counter catches lost work. */
    private static final class CountingRetryListener implements RetryListener {

        private final MeterRegistry meters;

        private CountingRetryListener(MeterRegistry meters) {
            this.meters = meters;
        }

        @Override
        public void failedDelivery(ConsumerRecord<?, ?> record, Exception ex, int deliveryAttempt) {
            meters.counter("customer.order.events.failed.attempts", "topic", record.topic()).increment();
        }

        @Override
        public void recovered(ConsumerRecord<?, ?> record, Exception ex) {
            meters.counter("customer.order.events.dead.lettered", "topic", record.topic()).increment();
            log.warn("Record {}-{}@{} (key {}) sent to the dead-letter topic: {}", record.topic(), record.partition(),
                    record.offset(), record.key(), rootMessage(ex));
        }

        private static String rootMessage(Throwable ex) {
            Throwable root = ex;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return root.toString();
        }
    }
}
