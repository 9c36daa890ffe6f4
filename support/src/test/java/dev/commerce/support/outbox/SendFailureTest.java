package dev.commerce.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

class SendFailureTest {

    @Test
    void aRecordTooLargeOrUnserializableIsTheRecordsOwnFault() {
        assertThat(SendFailure.of(new RecordTooLargeException("too large"))).isEqualTo(SendFailure.RECORD);
        assertThat(SendFailure.of(new ExecutionException(new RecordTooLargeException("too large"))))
                .isEqualTo(SendFailure.RECORD);
        assertThat(SendFailure.of(new SerializationException("bad"))).isEqualTo(SendFailure.RECORD);
    }

    @Test
    void noMetadataABrokerAwayOrARefusalAreRetriedAndNeverCountAgainstTheRecord() {
        assertThat(SendFailure.of(new TimeoutException("no metadata within 1000 ms"))).isEqualTo(SendFailure.TRANSIENT);
        assertThat(SendFailure.of(new NotLeaderOrFollowerException("moved"))).isEqualTo(SendFailure.TRANSIENT);
        assertThat(SendFailure.of(new TopicAuthorizationException("not allowed"))).isEqualTo(SendFailure.TRANSIENT);
    }

    @Test
    void aClosedOrBrokenProducerIsReplaced() {
        assertThat(SendFailure.of(new IllegalStateException("Cannot perform operation after producer has been closed")))
                .isEqualTo(SendFailure.PRODUCER);
        assertThat(SendFailure.of(new KafkaException("Producer is closed forcefully."))).isEqualTo(SendFailure.PRODUCER);
    }
}
