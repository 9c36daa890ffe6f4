package dev.commerce.chatbot.conversation.adapter.out.redis;

import dev.commerce.chatbot.conversation.domain.Exchange;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** Forwarded replies waiting for their holder's outcome, by message id. */
public class PendingOutcomes {

    private final Map<String, CompletableFuture<Exchange.Offer>> waiting = new ConcurrentHashMap<>();

    /** Opened before the reply is published, so an outcome that comes back at once is not missed. */
    public CompletableFuture<Exchange.Offer> open(String msgId) {
        CompletableFuture<Exchange.Offer> outcome = new CompletableFuture<>();
        waiting.put(msgId, outcome);
        return outcome;
    }

    /** Returns false when nobody waits (any more) for this message id. */
    public boolean complete(String msgId, Exchange.Offer offer) {
        CompletableFuture<Exchange.Offer> outcome = waiting.remove(msgId);
        return outcome != null && outcome.complete(offer);
    }

    public void close(String msgId) {
        waiting.remove(msgId);
    }
}
