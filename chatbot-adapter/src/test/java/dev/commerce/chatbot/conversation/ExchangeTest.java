package dev.commerce.chatbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commerce.chatbot.conversation.domain.ChatReply;
import dev.commerce.chatbot.conversation.domain.Exchange;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class ExchangeTest {

    private static final ChatReply REPLY = ChatReply.text("재고 있어요", List.of());

    private final List<ChatReply> late = new CopyOnWriteArrayList<>();

    @Test
    void aReplyInTimeCompletesTheWebhookAnswer() {
        Exchange exchange = new Exchange("c1", "user", (id, reply) -> late.add(reply));

        assertThat(exchange.offer(REPLY)).isEqualTo(Exchange.Offer.DELIVERED);
        assertThat(exchange.inTime()).isCompletedWithValue(REPLY);
        assertThat(exchange.timeLimitReached()).isFalse();
        assertThat(exchange.offer(REPLY)).isEqualTo(Exchange.Offer.ALREADY_ANSWERED);
        assertThat(late).isEmpty();
    }

    @Test
    void afterTheTimeLimitAReplyGoesThroughTheCallbackOnce() {
        Exchange exchange = new Exchange("c1", "user", (id, reply) -> late.add(reply));

        assertThat(exchange.timeLimitReached()).isTrue();
        assertThat(exchange.offer(REPLY)).isEqualTo(Exchange.Offer.DELIVERED_LATE);
        assertThat(exchange.offer(REPLY)).isEqualTo(Exchange.Offer.ALREADY_ANSWERED);
        assertThat(late).containsExactly(REPLY);
        assertThat(exchange.inTime()).isNotDone();
        assertThat(exchange.callbackExpiring()).isFalse();
    }

    @Test
    void withoutACallbackALateReplyHasExpired() {
        Exchange exchange = new Exchange("c1", "user", null);

        assertThat(exchange.timeLimitReached()).isTrue();
        assertThat(exchange.offer(REPLY)).isEqualTo(Exchange.Offer.EXPIRED);
    }

    @Test
    void whenTheCallbackExpiresTheReplyIsDropped() {
        Exchange exchange = new Exchange("c1", "user", (id, reply) -> late.add(reply));
        exchange.timeLimitReached();

        assertThat(exchange.callbackExpiring()).isTrue();
        assertThat(exchange.offer(REPLY)).isEqualTo(Exchange.Offer.EXPIRED);
        assertThat(late).isEmpty();
    }

    @RepeatedTest(50)
    void aReplyRacingTheTimeLimitIsDeliveredExactlyOnce() throws InterruptedException {
        Exchange exchange = new Exchange("c1", "user", (id, reply) -> late.add(reply));
        AtomicInteger interim = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        pool.execute(() -> await(start, () -> exchange.offer(REPLY)));
        pool.execute(() -> await(start, () -> exchange.offer(REPLY)));
        pool.execute(() -> await(start, () -> {
            if (exchange.timeLimitReached()) {
                interim.incrementAndGet();
            }
        }));
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();

        int inTime = exchange.inTime().isDone() ? 1 : 0;
        assertThat(inTime + late.size()).as("the reply reaches the user once").isEqualTo(1);
        assertThat(inTime + interim.get()).as("the webhook answers once").isEqualTo(1);
    }

    private static void await(CountDownLatch start, Runnable action) {
        try {
            start.await();
            action.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
