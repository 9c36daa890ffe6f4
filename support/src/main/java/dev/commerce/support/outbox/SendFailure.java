package dev.commerce.support.outbox;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * What a failed send says. With unbounded retries and delivery timeout the producer reports a failure only when
 * retrying cannot help, or when a send could not even start (no metadata within max.block.ms, buffer full).
 */
enum SendFailure {

    /** The broker or cluster is away or refuses for now (metadata timeout, authorization): retry the lane. */
    TRANSIENT,
    /** This record can never be written as it is (too large, invalid topic): counted, and parked after N. */
    RECORD,
    /** The producer itself is unusable (closed, fatal state): it is replaced once nothing is in flight. */
    PRODUCER;

    static SendFailure of(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                || cause instanceof InvalidTopicException || cause instanceof SerializationException) {
            return RECORD;
        }
        if (cause instanceof RetriableException || cause instanceof ApiException) {
            return TRANSIENT;
        }
        return PRODUCER;
    }

    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause
                && (cause.getClass() == KafkaException.class || cause instanceof java.util.concurrent.ExecutionException)) {
            cause = cause.getCause();
        }
        return cause;
    }
}
