package dev.commerce.order.order.adapter.out.kafka;

import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaProducerException;

import static org.assertj.core.api.Assertions.assertThat;

class BrokerGateTest {

    private final BrokerGate gate = new BrokerGate();

    @Test
    void anUnreachableBrokerClosesTheGateUntilAProbeIsAcknowledged() {
        assertThat(gate.admitsSend()).isTrue();

        gate.failed(new KafkaProducerException(null, "send failed",
                new TimeoutException("Expiring 1 record(s) for commerce.orders-0: 10000 ms has passed")));

        assertThat(gate.admitsSend()).as("no send into a dead broker").isFalse();
        gate.allowProbe();
        assertThat(gate.admitsSend()).as("one probe per round").isTrue();
        assertThat(gate.admitsSend()).isFalse();

        gate.acknowledged();
        assertThat(gate.admitsSend()).isTrue();
        assertThat(gate.admitsSend()).isTrue();
    }

    @Test
    void aRoundWhileTheBrokerAnsweredLeavesNoProbeForLater() {
        gate.allowProbe();
        gate.failed(new TimeoutException("Topic commerce.orders not present in metadata after 1000 ms."));

        assertThat(gate.admitsSend()).isFalse();
    }

    @Test
    void aRecordTheBrokerRefusesSaysNothingAboutTheBroker() {
        gate.failed(new KafkaProducerException(null, "send failed", new RecordTooLargeException("too large")));

        assertThat(gate.isClosed()).isFalse();
        assertThat(gate.admitsSend()).isTrue();
    }

    @Test
    void metadataThatNeverArrivesClosesTheGate() {
        gate.failed(new org.springframework.kafka.KafkaException("Send failed",
                new TimeoutException("Topic commerce.orders not present in metadata after 1000 ms.")));

        assertThat(gate.isClosed()).isTrue();
    }
}
