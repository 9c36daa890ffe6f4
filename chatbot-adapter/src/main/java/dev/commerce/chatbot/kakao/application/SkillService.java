package dev.commerce.chatbot.kakao.application;

import dev.commerce.chatbot.conversation.application.ChatbotProperties;
import dev.commerce.chatbot.conversation.application.ConversationService;
import dev.commerce.chatbot.conversation.domain.ChatReply;
import dev.commerce.chatbot.conversation.domain.DialogPolicy;
import dev.commerce.chatbot.conversation.domain.Exchange;
import dev.commerce.chatbot.conversation.domain.Turn;
import dev.commerce.chatbot.kakao.domain.KakaoRenderer;
import dev.commerce.chatbot.kakao.domain.SkillResponse;
import dev.commerce.chatbot.nlu.application.NluService;
import dev.commerce.chatbot.nlu.domain.NluResult;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;

/**
 * One skill request: understand the utterance, start the conversation, and answer Kakao within the time
 * limit whatever happens. The answer is the process's reply if it arrives in time; otherwise, with a
 * callback URL, {@code useCallback: true} and the reply posted to the callback later (or an apology just
 * before the callback expires); without one, a polite "try again shortly". Nothing here blocks the request
 * thread: the response is a future completed by whichever comes first, the reply or the deadline.
 */
public class SkillService {

    private static final Logger log = LoggerFactory.getLogger(SkillService.class);

    private final NluService nlu;
    private final ConversationService conversations;
    private final KakaoRenderer renderer;
    private final KakaoCallbacks callbacks;
    private final TaskScheduler scheduler;
    private final KakaoProperties properties;
    private final ChatbotProperties.Texts texts;
    private final MeterRegistry meters;
    private final Clock clock;

    public SkillService(NluService nlu, ConversationService conversations, KakaoRenderer renderer,
                        KakaoCallbacks callbacks, TaskScheduler scheduler, KakaoProperties properties,
                        MeterRegistry meters, Clock clock) {
        this.nlu = nlu;
        this.conversations = conversations;
        this.renderer = renderer;
        this.callbacks = callbacks;
        this.scheduler = scheduler;
        this.properties = properties;
        this.texts = conversations.texts();
        this.meters = meters;
        this.clock = clock;
    }

    /** A skill request reduced to what the adapter uses. */
    public record SkillMessage(String utterance, String userKey, String callbackUrl, DialogPolicy.Hints hints) {
    }

    public CompletableFuture<SkillResponse> handle(SkillMessage message, Instant receivedAt) {
        NluResult parsed = nlu.parse(message.utterance());
        Turn turn = conversations.interpret(message.utterance(), message.userKey(), parsed, message.hints());
        String callbackUrl = usableCallback(message.callbackUrl());
        Exchange.LateDelivery lateDelivery = callbackUrl == null ? null
                : (conversationId, reply) -> callbacks.postUnlessTaken(conversationId, callbackUrl, reply);
        Exchange exchange = conversations.start(turn, lateDelivery);

        CompletableFuture<SkillResponse> response = new CompletableFuture<>();
        exchange.inTime().thenAccept(reply -> {
            count("in_time");
            response.complete(render(reply));
        });
        Instant deadline = receivedAt.plus(properties.replyTimeLimit());
        Instant callbackEnd = receivedAt.plus(properties.callbackValidity());
        scheduler.schedule(() -> onTimeLimit(exchange, response, callbackUrl, callbackEnd), later(deadline));
        if (callbackUrl != null) {
            Instant giveUp = receivedAt.plus(properties.callbackValidity()).minus(properties.callbackSafetyMargin());
            scheduler.schedule(() -> onCallbackExpiring(exchange), later(giveUp));
        }
        return response;
    }

    /** The answer Kakao gets when handling the request itself failed. */
    public SkillResponse apology() {
        count("apology");
        return render(conversations.apology());
    }

    /**
     * A deferred request's callback is recorded before the exchange turns DEFERRED: a reply arriving right after
     * the switch must find the record it claims. If the reply won the race after all, the record goes again.
     */
    private void onTimeLimit(Exchange exchange, CompletableFuture<SkillResponse> response, String callbackUrl,
                             Instant callbackEnd) {
        if (exchange.state() != Exchange.State.WAITING) {
            return;
        }
        if (callbackUrl != null) {
            callbacks.remember(exchange.conversationId(), callbackUrl, callbackEnd);
        }
        if (!exchange.timeLimitReached()) {
            if (callbackUrl != null) {
                callbacks.forget(exchange.conversationId());
            }
            return;
        }
        if (exchange.canDeliverLate()) {
            count("callback_pending");
            response.complete(renderer.callbackPending(texts.waiting()));
        } else {
            count("retry_later");
            response.complete(render(ChatReply.text(texts.retryLater(), texts.mainMenu())));
        }
    }

    private void onCallbackExpiring(Exchange exchange) {
        if (exchange.callbackExpiring()) {
            log.warn("no reply for conversation {} within the callback's life; sending an apology", exchange.conversationId());
            count("callback_expired");
            exchange.deliverLate(ChatReply.text(texts.callbackExpired(), texts.mainMenu()));
        }
    }

    private SkillResponse render(ChatReply reply) {
        return callbacks.render(reply);
    }

    private String usableCallback(String callbackUrl) {
        if (callbackUrl == null || callbackUrl.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(callbackUrl.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean http = scheme.equals("http") || scheme.equals("https");
            if (http && uri.getHost() != null && properties.allowsCallbackHost(uri.getHost())) {
                return uri.toString();
            }
        } catch (IllegalArgumentException e) {
            // falls through: an unusable callback URL is treated as no callback at all
        }
        log.warn("ignoring an unusable callbackUrl");
        return null;
    }

    private Instant later(Instant at) {
        Instant now = clock.instant();
        return at.isBefore(now) ? now : at;
    }

    private void count(String outcome) {
        meters.counter("chatbot.skill.responses", "outcome", outcome).increment();
    }
}
