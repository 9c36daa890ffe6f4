package dev.commerce.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

class RedisTokenBucketsTest {

    @Test
    void aRedisOutageCostsTheQuotaNotTheApi() throws IOException {
        LettuceConnectionFactory nowhere = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", closedPort()),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofMillis(300)).build());
        nowhere.afterPropertiesSet();
        nowhere.start();
        try {
            @SuppressWarnings("unchecked")
            RedisScript<List<Long>> script = (RedisScript<List<Long>>) (RedisScript<?>) RedisScript.of(
                    new ClassPathResource("META-INF/scripts/request_rate_limiter.lua"), List.class);
            RedisRateLimiter limiter = new RedisRateLimiter(new ReactiveStringRedisTemplate(nowhere), script, null);
            limiter.getConfig().put("gateway", new RedisRateLimiter.Config().setReplenishRate(1).setBurstCapacity(1));

            RateLimitDecision decision = new RedisTokenBuckets(limiter, "gateway", 1).consume("user:a")
                    .block(Duration.ofSeconds(10));

            assertThat(decision.allowed()).isTrue();
            assertThat(decision.remaining()).isEqualTo(-1);
        } finally {
            nowhere.destroy();
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
