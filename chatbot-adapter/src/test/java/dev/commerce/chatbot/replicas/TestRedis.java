package dev.commerce.chatbot.replicas;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The machine's real Redis ({@code TEST_REDIS_HOST}:{@code TEST_REDIS_PORT}, default 127.0.0.1:6379), shared with
 * other builds: every run uses its own key prefix and deletes only its own keys, never FLUSHALL.
 */
final class TestRedis implements AutoCloseable {

    static final String HOST = env("TEST_REDIS_HOST", "127.0.0.1");
    static final int PORT = Integer.parseInt(env("TEST_REDIS_PORT", "6379"));

    final String prefix = "chatbot-it-" + UUID.randomUUID().toString().substring(0, 8) + ":";
    private final LettuceConnectionFactory connections;
    final StringRedisTemplate template;

    TestRedis() {
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration(HOST, PORT));
        connections.afterPropertiesSet();
        connections.start();
        template = new StringRedisTemplate(connections);
        template.afterPropertiesSet();
    }

    Set<String> keys() {
        Set<String> keys = new HashSet<>();
        try (Cursor<String> cursor = template.scan(ScanOptions.scanOptions().match(prefix + "*").count(500).build())) {
            cursor.forEachRemaining(keys::add);
        }
        return keys;
    }

    @Override
    public void close() {
        Set<String> keys = keys();
        if (!keys.isEmpty()) {
            template.delete(keys);
        }
        connections.destroy();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
