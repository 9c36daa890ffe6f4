package dev.commerce.chatbot.conversation.application;

import dev.commerce.chatbot.conversation.domain.ChatReply;
import dev.commerce.chatbot.conversation.domain.ConversationId;
import dev.commerce.chatbot.conversation.domain.Exchange;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a reply from the process goes. The engine posts to the logical name, so any replica may receive it; the
 * conversation id names the holder. Held here (or no holder named, or no relay): delivered locally. Held by another
 * live replica: forwarded and answered with the holder's outcome, so the process's {@code replyDelivery} stays
 * truthful. Holder gone: the channel may take it over (a deferred Kakao request's callback); otherwise it is
 * dropped with one log line, never retried. Routed and dropped replies are counted.
 */
public class ReplyRouter {

    private static final Logger log = LoggerFactory.getLogger(ReplyRouter.class);

    private final String self;
    private final ConversationService local;
    private final ReplyRelay relay;
    private final OrphanedReplies orphans;
    private final MeterRegistry meters;

    public ReplyRouter(String self, ConversationService local, ReplyRelay relay, OrphanedReplies orphans,
                       MeterRegistry meters) {
        this.self = self;
        this.local = local;
        this.relay = relay;
        this.orphans = orphans;
        this.meters = meters;
    }

    public Exchange.Offer route(String conversationId, ChatReply reply) {
        Optional<String> holder = ConversationId.holderOf(conversationId);
        if (holder.isEmpty() || holder.get().equals(self) || !relay.shared()) {
            return local.reply(conversationId, reply);
        }
        ReplyRelay.Relayed relayed = relay.forward(holder.get(), conversationId, reply);
        return switch (relayed.kind()) {
            case ANSWERED -> routed(relayed.offer());
            case HOLDER_GONE -> holderGone(conversationId, holder.get(), reply);
            case NO_ANSWER -> dropped(conversationId, holder.get(), "no_answer", "its holder did not answer in time");
            case UNAVAILABLE -> dropped(conversationId, holder.get(), "relay_unavailable", "Redis cannot be reached");
        };
    }

    private Exchange.Offer holderGone(String conversationId, String holder, ChatReply reply) {
        Exchange.Offer offer = orphans.takeOver(conversationId, reply);
        if (offer == Exchange.Offer.EXPIRED) {
            return dropped(conversationId, holder, "holder_gone", "its holder is gone and no callback is open");
        }
        log.info("reply of conversation {} posted to its callback here: its holder {} is gone", conversationId, holder);
        return routed(offer);
    }

    private Exchange.Offer routed(Exchange.Offer offer) {
        meters.counter("chatbot.replies.routed", "outcome", outcomeTag(offer)).increment();
        return offer;
    }

    /** The engine's words for the outcome (202 IN_TIME / CALLBACK, 409, 404 NOT_DELIVERABLE). */
    static String outcomeTag(Exchange.Offer offer) {
        return switch (offer) {
            case DELIVERED -> "in_time";
            case DELIVERED_LATE -> "callback";
            case ALREADY_ANSWERED -> "already_answered";
            case EXPIRED -> "not_deliverable";
        };
    }

    private Exchange.Offer dropped(String conversationId, String holder, String reason, String why) {
        log.warn("reply of conversation {} dropped: {} (holder {})", conversationId, why, holder);
        meters.counter("chatbot.replies.dropped", "reason", reason).increment();
        return Exchange.Offer.EXPIRED;
    }
}
