package dev.commerce.chatbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commerce.chatbot.conversation.application.ChatbotProperties;
import dev.commerce.chatbot.conversation.application.ConversationRegistry;
import dev.commerce.chatbot.conversation.application.ConversationService;
import dev.commerce.chatbot.conversation.application.InMemoryDialogStateStore;
import dev.commerce.chatbot.conversation.application.OrphanedReplies;
import dev.commerce.chatbot.conversation.application.ReplyRelay;
import dev.commerce.chatbot.conversation.application.ReplyRelay.Relayed;
import dev.commerce.chatbot.conversation.application.ReplyRouter;
import dev.commerce.chatbot.conversation.domain.ChatReply;
import dev.commerce.chatbot.conversation.domain.CustomerLink;
import dev.commerce.chatbot.conversation.domain.Exchange;
import dev.commerce.chatbot.conversation.domain.Turn;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which replica a reply goes to, and what the engine is told (the outcome) in each case. */
class ReplyRouterTest {

    private static final String SELF = "selfaaaaaa";
    private static final String OTHER = "otherbbbbb";
    private static final ChatReply REPLY = ChatReply.text("아메리카노 있어요", List.of());

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<String> forwardedTo = new ArrayList<>();
    private final List<String> takenOver = new ArrayList<>();
    private final ConversationService local = new ConversationService(SELF,
            new ConversationRegistry(Duration.ofMinutes(1), 100),
            new InMemoryDialogStateStore(Duration.ofMinutes(1), 100),
            userKey -> CustomerLink.unlinked(), (id, turn, customer) -> { }, Runnable::run,
            new ChatbotProperties.Texts("죄송해요", "잠시만요", "다시", "만료", List.of("재고 조회")));

    @Test
    void aReplyForAConversationHeldHereIsDeliveredHere() {
        Exchange exchange = local.start(turn(), null);

        Exchange.Offer offer = router(relay(Relayed.answered(Exchange.Offer.DELIVERED)), OrphanedReplies.NONE)
                .route(exchange.conversationId(), REPLY);

        assertThat(exchange.conversationId()).startsWith(SELF + ".");
        assertThat(offer).isEqualTo(Exchange.Offer.DELIVERED);
        assertThat(exchange.inTime()).isCompletedWithValue(REPLY);
        assertThat(forwardedTo).isEmpty();
    }

    @Test
    void anIdWithoutATokenIsLookedUpHereOnly() {
        Exchange.Offer offer = router(relay(Relayed.answered(Exchange.Offer.DELIVERED)), OrphanedReplies.NONE)
                .route(UUID.randomUUID().toString(), REPLY);

        assertThat(offer).isEqualTo(Exchange.Offer.EXPIRED);
        assertThat(forwardedTo).isEmpty();
    }

    @Test
    void withoutASharedRelayEveryReplyIsLocal() {
        Exchange.Offer offer = router(ReplyRelay.LOCAL_ONLY, OrphanedReplies.NONE).route(otherId(), REPLY);

        assertThat(offer).isEqualTo(Exchange.Offer.EXPIRED);
        assertThat(meters.find("chatbot.replies.dropped").counter()).as("nothing was routed").isNull();
    }

    @Test
    void aReplyHeldByAnotherReplicaIsForwardedAndAnsweredWithItsOutcome() {
        for (Exchange.Offer holderSays : Exchange.Offer.values()) {
            Exchange.Offer offer = router(relay(Relayed.answered(holderSays)), OrphanedReplies.NONE)
                    .route(otherId(), REPLY);
            assertThat(offer).isEqualTo(holderSays);
        }
        assertThat(forwardedTo).hasSize(4).containsOnly(OTHER);
        assertThat(meters.get("chatbot.replies.routed").tag("outcome", "in_time").counter().count()).isEqualTo(1);
        assertThat(meters.get("chatbot.replies.routed").tag("outcome", "callback").counter().count()).isEqualTo(1);
        assertThat(takenOver).isEmpty();
    }

    @Test
    void whenTheHolderIsGoneAnOpenCallbackTakesTheReply() {
        Exchange.Offer offer = router(relay(Relayed.of(Relayed.Kind.HOLDER_GONE)),
                orphans(Exchange.Offer.DELIVERED_LATE)).route(otherId(), REPLY);

        assertThat(offer).isEqualTo(Exchange.Offer.DELIVERED_LATE);
        assertThat(takenOver).hasSize(1);
        assertThat(meters.get("chatbot.replies.routed").tag("outcome", "callback").counter().count()).isEqualTo(1);
    }

    @Test
    void whenTheHolderIsGoneWithoutACallbackTheReplyIsDroppedOnce() {
        Exchange.Offer offer = router(relay(Relayed.of(Relayed.Kind.HOLDER_GONE)), orphans(Exchange.Offer.EXPIRED))
                .route(otherId(), REPLY);

        assertThat(offer).isEqualTo(Exchange.Offer.EXPIRED);
        assertThat(forwardedTo).as("never retried").hasSize(1);
        assertThat(meters.get("chatbot.replies.dropped").tag("reason", "holder_gone").counter().count()).isEqualTo(1);
    }

    @Test
    void silenceOrNoRedisMeansNotDeliverable() {
        assertThat(router(relay(Relayed.of(Relayed.Kind.NO_ANSWER)), orphans(Exchange.Offer.DELIVERED_LATE))
                .route(otherId(), REPLY)).isEqualTo(Exchange.Offer.EXPIRED);
        assertThat(router(relay(Relayed.of(Relayed.Kind.UNAVAILABLE)), orphans(Exchange.Offer.DELIVERED_LATE))
                .route(otherId(), REPLY)).isEqualTo(Exchange.Offer.EXPIRED);

        assertThat(takenOver).as("a holder that may be alive keeps its callback").isEmpty();
        assertThat(meters.get("chatbot.replies.dropped").tag("reason", "no_answer").counter().count()).isEqualTo(1);
        assertThat(meters.get("chatbot.replies.dropped").tag("reason", "relay_unavailable").counter().count())
                .isEqualTo(1);
    }

    private ReplyRouter router(ReplyRelay relay, OrphanedReplies orphans) {
        return new ReplyRouter(SELF, local, relay, orphans, meters);
    }

    private ReplyRelay relay(Relayed result) {
        return new ReplyRelay() {
            @Override
            public boolean shared() {
                return true;
            }

            @Override
            public Relayed forward(String holder, String conversationId, ChatReply reply) {
                forwardedTo.add(holder);
                return result;
            }
        };
    }

    private OrphanedReplies orphans(Exchange.Offer result) {
        return (conversationId, reply) -> {
            takenOver.add(conversationId);
            return result;
        };
    }

    private static String otherId() {
        return OTHER + "." + UUID.randomUUID();
    }

    private static Turn turn() {
        return new Turn("아메리카노 있어요?", "stock.lookup", 0.9, List.of(), "kakao-user", null, "아메리카노", null, null);
    }
}
