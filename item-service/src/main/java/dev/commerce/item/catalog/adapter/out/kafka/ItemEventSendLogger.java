package dev.commerce.item.catalog.adapter.out.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.lang.Nullable;

/**
 * One line per failed send instead of a stack trace: while the broker is down every resubmission round fails
 * the same way, and the publication is safe in the database.
 */
class ItemEventSendLogger implements ProducerListener<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(ItemEventSendLogger.class);

    @Override
    public void onError(ProducerRecord<Object, Object> record, @Nullable RecordMetadata metadata,
            Exception exception) {
        var type = record.headers().lastHeader(ItemEventPublisher.TYPE_HEADER);
        log.warn("Could not send {} for {} to {}; it stays in the outbox and is resubmitted: {}",
                type == null ? "a record" : new String(type.value(), StandardCharsets.UTF_8), record.key(),
                record.topic(), rootCause(exception).getMessage());
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
