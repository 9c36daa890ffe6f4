package dev.commerce.order.order.adapter.out.kafka;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.lang.Nullable;

import java.nio.charset.StandardCharsets;

/**
 * One line per failed send, without the payload (customer and order data) and without a stack trace: while the
 * broker is down every probe fails the same way, and the publication is safe in the outbox.
 */
class OrderEventSendLogger implements ProducerListener<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(OrderEventSendLogger.class);

    @Override
    public void onError(ProducerRecord<Object, Object> record, @Nullable RecordMetadata metadata, Exception exception) {
        var type = record.headers().lastHeader(OrderEventPublisher.TYPE_HEADER);
        log.warn("Could not send {} of {} to {}; it stays in the outbox and is resubmitted: {}",
                type == null ? "a record" : new String(type.value(), StandardCharsets.UTF_8), record.key(),
                record.topic(), BrokerGate.rootCause(exception).getMessage());
    }
}
