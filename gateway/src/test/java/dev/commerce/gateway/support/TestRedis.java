package dev.commerce.gateway.support;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The machine's Redis ({@code TEST_REDIS_HOST}/{@code TEST_REDIS_PORT}, 127.0.0.1:6379). It is a real component of
 * the CI machine: unreachable is a failure unless {@code TEST_REDIS=skip}. Tests use keys of their own run only.
 */
public final class TestRedis {

    public static final String HOST = System.getenv().getOrDefault("TEST_REDIS_HOST", "127.0.0.1");
    public static final int PORT = Integer.parseInt(System.getenv().getOrDefault("TEST_REDIS_PORT", "6379"));

    private TestRedis() {
    }

    public static void requireRunning() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 1000);
        } catch (Exception unreachable) {
            Assumptions.assumeTrue("skip".equals(System.getenv("TEST_REDIS")), "TEST_REDIS=skip");
            throw new AssertionError("Redis is not reachable at " + HOST + ":" + PORT
                    + " (start it, or set TEST_REDIS=skip to skip this test)", unreachable);
        }
    }

    public static List<String> keys(String pattern) {
        RedisClient client = RedisClient.create(RedisURI.create(HOST, PORT));
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return connection.sync().keys(pattern);
        } finally {
            client.shutdown();
        }
    }

    /** Deletes the keys matching {@code pattern} (a pattern naming this run's prefix, never everything). */
    public static void deleteKeys(String pattern) {
        RedisClient client = RedisClient.create(RedisURI.create(HOST, PORT));
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            List<String> keys = connection.sync().keys(pattern);
            if (!keys.isEmpty()) {
                connection.sync().del(keys.toArray(String[]::new));
            }
        } finally {
            client.shutdown();
        }
    }
}
