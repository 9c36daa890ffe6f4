package dev.commerce.chatbot.kakao;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commerce.chatbot.conversation.domain.ChatReply;
import dev.commerce.chatbot.conversation.domain.Exchange;
import dev.commerce.chatbot.kakao.application.CallbackRecords;
import dev.commerce.chatbot.kakao.application.KakaoCallbacks;
import dev.commerce.chatbot.kakao.domain.KakaoRenderer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** A Kakao callback is used once across replicas: whoever claims the record posts. */
class KakaoCallbacksTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final ChatReply REPLY = ChatReply.text("배송 중이에요", List.of());

    private final List<String> posted = new ArrayList<>();
    private final SharedRecords shared = new SharedRecords();

    @Test
    void theHolderPostsOnceAndAnotherReplicaFindsTheCallbackUsed() {
        KakaoCallbacks holder = callbacks(shared);
        KakaoCallbacks other = callbacks(shared);
        holder.remember("c1", "https://kakao/cb/1", NOW.plusSeconds(56));

        assertThat(shared.ttl.get("c1")).isEqualTo(Duration.ofSeconds(56));
        assertThat(holder.postUnlessTaken("c1", "https://kakao/cb/1", REPLY)).isTrue();
        assertThat(other.takeOver("c1", REPLY)).isEqualTo(Exchange.Offer.EXPIRED);
        assertThat(posted).containsExactly("https://kakao/cb/1");
    }

    @Test
    void aReplicaTakesOverTheCallbackOfAGoneHolderAndTheHolderThenDoesNotPost() {
        callbacks(shared).remember("c2", "https://kakao/cb/2", NOW.plusSeconds(30));

        assertThat(callbacks(shared).takeOver("c2", REPLY)).isEqualTo(Exchange.Offer.DELIVERED_LATE);
        assertThat(callbacks(shared).postUnlessTaken("c2", "https://kakao/cb/2", REPLY)).isFalse();
        assertThat(posted).containsExactly("https://kakao/cb/2");
    }

    @Test
    void anExpiredCallbackIsNotRecorded() {
        callbacks(shared).remember("c3", "https://kakao/cb/3", NOW.minusSeconds(1));

        assertThat(shared.urls).isEmpty();
        assertThat(callbacks(shared).takeOver("c3", REPLY)).isEqualTo(Exchange.Offer.EXPIRED);
    }

    @Test
    void whenTheRecordsCannotBeAskedOnlyTheHolderPosts() {
        KakaoCallbacks unknown = callbacks(CallbackRecords.UNSHARED);

        assertThat(unknown.takeOver("c4", REPLY)).isEqualTo(Exchange.Offer.EXPIRED);
        assertThat(unknown.postUnlessTaken("c4", "https://kakao/cb/4", REPLY)).isTrue();
        assertThat(posted).containsExactly("https://kakao/cb/4");
    }

    private KakaoCallbacks callbacks(CallbackRecords records) {
        return new KakaoCallbacks(records, (url, response) -> posted.add(url), new KakaoRenderer("죄송해요"),
                ChatReply.text("죄송해요", List.of()), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** GETDEL semantics, as Redis gives them. */
    private static final class SharedRecords implements CallbackRecords {
        final Map<String, String> urls = new ConcurrentHashMap<>();
        final Map<String, Duration> ttl = new ConcurrentHashMap<>();

        @Override
        public void remember(String conversationId, String callbackUrl, Duration validFor) {
            urls.put(conversationId, callbackUrl);
            ttl.put(conversationId, validFor);
        }

        @Override
        public void forget(String conversationId) {
            urls.remove(conversationId);
        }

        @Override
        public Claim claim(String conversationId) {
            String url = urls.remove(conversationId);
            return url == null ? Claim.absent() : Claim.claimed(url);
        }
    }
}
