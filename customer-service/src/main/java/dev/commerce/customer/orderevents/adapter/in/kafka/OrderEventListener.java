package dev.commerce.customer.orderevents.adapter.in.kafka;

import java.nio.charset.StandardCharsets;

import dev.commerce.customer.orderevents.application.OrderEventProcessor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code commerce.orders} as plain strings (no Java type headers are trusted): OrderPlaced credits
 * points and records preferences, OrderCancelled reverses the credit, every other type is skipped.
 * Exceptions go to the error handler of {@link KafkaErrorHandlingConfig}: retried, then dead-lettered.
 */
@Component
class OrderEventListener {

    private static final Logger log = LoggerFactory.getLogger(OrderEventListener.class);

    private final OrderEventParser parser;
    private final OrderEventProcessor processor;

    OrderEventListener(OrderEventParser parser, OrderEventProcessor processor) {
        this.parser = parser;
        this.processor = processor;
    }

    @KafkaListener(id = "customer-service-order-events", idIsGroup = false,
            topics = "${customer.kafka.orders-topic}")
    void onOrderEvent(ConsumerRecord<String, String> record) {
        Header type = record.headers().lastHeader("ce_type");
        if (type != null && !OrderEventParser.HANDLED_TYPES.contains(new String(type.value(), StandardCharsets.UTF_8))) {
            return;
        }
        parser.parse(record.value()).ifPresent(event -> {
            var outcome = processor.process(event);
            log.debug("{} {} for order {} (customer {}): {}", event.type(), event.eventId(), event.orderNumber(),
                    event.customerId(), outcome);
        });
    }
}
