package dev.commerce.order.support;

import kafka.testkit.KafkaClusterTestKit;
import kafka.testkit.TestKitNodes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A KRaft broker started on a port fixed in advance, so a service can be configured for it before it exists.
 * spring-kafka-test 3.3's {@code EmbeddedKafkaKraftBroker.kafkaPorts(..)} is ignored in KRaft mode (the test kit
 * overwrites {@code listeners}); Kafka's test kit, which it wraps, applies per-node overrides last.
 */
public final class LateKafkaBroker {

    private final KafkaClusterTestKit cluster;

    private LateKafkaBroker(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    public static LateKafkaBroker start(int port, String topic) throws Exception {
        return start(port, port, topic);
    }

    /**
     * A broker listening on {@code port} that tells clients to connect to {@code advertisedPort}, where a
     * {@link CuttableLink} relays to it.
     */
    public static LateKafkaBroker start(int port, int advertisedPort, String topic) throws Exception {
        TestKitNodes nodes = new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                .setPerServerProperties(Map.of(0, Map.of(
                        "listeners", "EXTERNAL://localhost:" + port + ",CONTROLLER://localhost:0",
                        "advertised.listeners", "EXTERNAL://localhost:" + advertisedPort)))
                .build();
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(nodes)
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        try (Admin admin = Admin.create(cluster.clientProperties())) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        return new LateKafkaBroker(cluster);
    }

    public void stop() throws Exception {
        cluster.close();
    }
}
