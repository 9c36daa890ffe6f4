package dev.commerce.order.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.DisposableBean;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;

/** Reads everything on the order topic from the beginning in the background, as a consumer service would. */
public class OrderTopicProbe implements DisposableBean {

    private final List<ConsumerRecord<String, String>> records = new CopyOnWriteArrayList<>();
    private final ObjectMapper mapper = new ObjectMapper();
    private final Thread thread;
    private volatile boolean running = true;

    public OrderTopicProbe(String bootstrapServers, String topic) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "order-topic-probe-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        thread = new Thread(() -> {
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
                consumer.subscribe(List.of(topic));
                while (running) {
                    consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                }
            }
        }, "order-topic-probe");
        thread.setDaemon(true);
        thread.start();
    }

    public List<ConsumerRecord<String, String>> records(String key) {
        return records.stream().filter(record -> key.equals(record.key())).toList();
    }

    /** Envelopes of the given type for the given key, parsed; also checks the {@code ce_type} header agrees. */
    public List<JsonNode> envelopes(String key, String type) {
        return records(key).stream()
                .filter(record -> type.equals(header(record, "ce_type")))
                .map(record -> parse(record.value()))
                .toList();
    }

    public JsonNode awaitOne(String key, String type) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !envelopes(key, type).isEmpty());
        return envelopes(key, type).get(0);
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private JsonNode parse(String value) {
        try {
            return mapper.readTree(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        running = false;
        thread.join(5000);
    }
}
