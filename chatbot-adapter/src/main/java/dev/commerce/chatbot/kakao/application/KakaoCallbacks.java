package dev.commerce.chatbot.kakao.application;

import dev.commerce.chatbot.conversation.application.OrphanedReplies;
import dev.commerce.chatbot.conversation.domain.ChatReply;
import dev.commerce.chatbot.conversation.domain.Exchange;
import dev.commerce.chatbot.kakao.domain.KakaoRenderer;
import dev.commerce.chatbot.kakao.domain.SkillResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts to Kakao callbacks so that each one is used once across the replicas. A deferred request's callback is
 * recorded (valid for the rest of its minute); the holder claims the record before it posts the late reply or the
 * expiry apology, and a replica that receives a reply whose holder is gone claims it and posts the reply itself.
 * When the record store cannot be asked, the holder still posts (its exchange already guarantees one post from
 * it); a replica without the holder never does.
 */
public class KakaoCallbacks implements OrphanedReplies {

    private static final Logger log = LoggerFactory.getLogger(KakaoCallbacks.class);

    private final CallbackRecords records;
    private final CallbackSender sender;
    private final KakaoRenderer renderer;
    private final ChatReply apology;
    private final Clock clock;

    /** {@code apology} is rendered instead of a reply that cannot be. */
    public KakaoCallbacks(CallbackRecords records, CallbackSender sender, KakaoRenderer renderer, ChatReply apology,
                          Clock clock) {
        this.records = records;
        this.sender = sender;
        this.renderer = renderer;
        this.apology = apology;
        this.clock = clock;
    }

    public void remember(String conversationId, String callbackUrl, Instant validUntil) {
        Duration validFor = Duration.between(clock.instant(), validUntil);
        if (!validFor.isNegative() && !validFor.isZero()) {
            records.remember(conversationId, callbackUrl, validFor);
        }
    }

    public void forget(String conversationId) {
        records.forget(conversationId);
    }

    /** The holder's late post; false when another replica has used the callback already. */
    public boolean postUnlessTaken(String conversationId, String callbackUrl, ChatReply reply) {
        CallbackRecords.Claim claim = records.claim(conversationId);
        if (claim.status() == CallbackRecords.Claim.Status.ABSENT) {
            log.info("callback of conversation {} was already used elsewhere; not posting again", conversationId);
            return false;
        }
        sender.send(callbackUrl, render(reply));
        return true;
    }

    @Override
    public Exchange.Offer takeOver(String conversationId, ChatReply reply) {
        CallbackRecords.Claim claim = records.claim(conversationId);
        if (claim.status() != CallbackRecords.Claim.Status.CLAIMED) {
            return Exchange.Offer.EXPIRED;
        }
        sender.send(claim.callbackUrl(), render(reply));
        return Exchange.Offer.DELIVERED_LATE;
    }

    public SkillResponse render(ChatReply reply) {
        try {
            return renderer.render(reply);
        } catch (RuntimeException e) {
            log.error("cannot render a reply; answering with the apology", e);
            return renderer.render(apology);
        }
    }
}
