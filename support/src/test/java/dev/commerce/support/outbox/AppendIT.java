package dev.commerce.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

class AppendIT {

    private final TestBroker broker = TestBroker.shared();

    @Test
    void anAppendOutsideATransactionIsRefusedAndWritesNothing() {
        try (OutboxHarness harness = new OutboxHarness(broker.bootstrapServers())) {
            assertThatThrownBy(() -> harness.outbox.append(OutboxHarness.record("t", "A", 1)))
                    .isInstanceOf(IllegalTransactionStateException.class);
            TransactionTemplate readOnly = new TransactionTemplate(harness.transaction.getTransactionManager());
            readOnly.setReadOnly(true);
            assertThatThrownBy(() -> readOnly.executeWithoutResult(status ->
                    harness.outbox.append(OutboxHarness.record("t", "A", 1))))
                    .isInstanceOf(IllegalTransactionStateException.class);
            assertThat(harness.pendingRows()).isZero();
        }
    }

    @Test
    void anEventWhoseTransactionRollsBackIsNeverPublished() {
        String topic = broker.newTopic(Map.of());
        try (OutboxHarness harness = new OutboxHarness(broker.bootstrapServers())) {
            harness.relay("relay-a", OutboxProperties.defaults(), harness.signal).start();
            assertThatThrownBy(() -> harness.transaction.executeWithoutResult(status -> {
                harness.outbox.append(OutboxHarness.record(topic, "A", 1));
                throw new IllegalStateException("the state change failed");
            })).hasMessage("the state change failed");
            harness.transaction.executeWithoutResult(status ->
                    harness.outbox.append(OutboxHarness.record(topic, "A", 2)));

            await().atMost(Duration.ofSeconds(30)).until(() -> harness.pendingRows() == 0);
            assertThat(TopicRecords.readAll(broker.bootstrapServers(), topic).eventIds()).containsExactly("A#2");
        }
    }
}
