package dev.commerce.chatbot.replicas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commerce.chatbot.conversation.adapter.out.redis.RedisDialogStateStore;
import dev.commerce.chatbot.kakao.adapter.out.redis.RedisCallbackRecords;
import dev.commerce.chatbot.kakao.application.CallbackRecords;
import dev.commerce.chatbot.support.redis.RedisStateProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The Redis records the replicas share, on the real Redis: what two replicas see of each other's writes. */
class RedisStoresIT {

    private static final TestRedis REDIS = new TestRedis();
    private static final RedisStateProperties KEYS = new RedisStateProperties(REDIS.prefix, Duration.ofSeconds(1));

    @AfterAll
    static void deleteOurKeys() {
        REDIS.close();
    }

    @Test
    void aCallbackIsClaimedByExactlyOneOfManyReplicasAndExpiresWithTheCallback() throws Exception {
        new RedisCallbackRecords(REDIS.template, KEYS).remember("tok.c1", "https://kakao/cb/1", Duration.ofSeconds(50));
        long ttl = REDIS.template.getExpire(KEYS.callbackKey("tok.c1"), TimeUnit.SECONDS);
        assertThat(ttl).isBetween(1L, 50L);

        ExecutorService replicas = Executors.newFixedThreadPool(8);
        List<Callable<CallbackRecords.Claim>> claims = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            RedisCallbackRecords records = new RedisCallbackRecords(REDIS.template, KEYS);
            claims.add(() -> records.claim("tok.c1"));
        }
        List<CallbackRecords.Claim> results = new ArrayList<>();
        for (Future<CallbackRecords.Claim> claim : replicas.invokeAll(claims)) {
            results.add(claim.get());
        }
        replicas.shutdown();

        assertThat(results).filteredOn(c -> c.status() == CallbackRecords.Claim.Status.CLAIMED)
                .singleElement().extracting(CallbackRecords.Claim::callbackUrl).isEqualTo("https://kakao/cb/1");
        assertThat(results).filteredOn(c -> c.status() == CallbackRecords.Claim.Status.ABSENT).hasSize(7);
        assertThat(REDIS.template.hasKey(KEYS.callbackKey("tok.c1"))).isFalse();
    }

    @Test
    void aForgottenCallbackCannotBeClaimed() {
        RedisCallbackRecords records = new RedisCallbackRecords(REDIS.template, KEYS);
        records.remember("tok.c2", "https://kakao/cb/2", Duration.ofSeconds(50));
        records.forget("tok.c2");

        assertThat(records.claim("tok.c2").status()).isEqualTo(CallbackRecords.Claim.Status.ABSENT);
    }

    @Test
    void aQuestionAskedOnOneReplicaIsAnsweredOnceOnAnother() {
        RedisDialogStateStore first = new RedisDialogStateStore(REDIS.template, KEYS, Duration.ofMinutes(5));
        RedisDialogStateStore second = new RedisDialogStateStore(REDIS.template, KEYS, Duration.ofMinutes(5));

        first.await("kakao-user-1", "order_number");
        long ttl = REDIS.template.getExpire(KEYS.dialogKey("kakao-user-1"), TimeUnit.SECONDS);

        assertThat(ttl).isBetween(1L, 300L);
        assertThat(second.take("kakao-user-1")).contains("order_number");
        assertThat(first.take("kakao-user-1")).as("taken once").isEmpty();
        assertThat(second.take("kakao-user-2")).isEmpty();
    }
}
