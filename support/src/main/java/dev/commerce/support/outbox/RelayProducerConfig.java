package dev.commerce.support.outbox;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The relay's producer: the application's Kafka settings (bootstrap servers, security, ...) with the ones the
 * ordering guarantee depends on forced. An idempotent producer with at most 5 requests in flight keeps each
 * partition's records in send order across retries; unbounded retries and delivery timeout mean a record is never
 * given up while the broker is merely away, so a later record of its partition can never overtake it.
 */
final class RelayProducerConfig {

    private RelayProducerConfig() {
    }

    static Map<String, Object> of(Map<String, Object> application, OutboxProperties.Producer settings,
                                  String clientId) {
        Map<String, Object> config = new HashMap<>(application);
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        config.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        config.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.MAX_VALUE);
        config.put(ProducerConfig.LINGER_MS_CONFIG, (int) settings.linger().toMillis());
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, settings.maxBlock().toMillis());
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) settings.requestTimeout().toMillis());
        config.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, settings.reconnectBackoffMax().toMillis());
        config.put(ProducerConfig.RETRY_BACKOFF_MAX_MS_CONFIG, settings.reconnectBackoffMax().toMillis());
        return config;
    }
}
