package dev.commerce.chatbot.conversation.domain;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One question and its answer (one skill request, one conversation id). The answer can reach the user in
 * exactly one way: in time, as the webhook's own response; or late, through the channel's callback (when
 * the request allowed one) while that callback is still valid. Every transition is a compare-and-set, so a
 * reply racing the time limit is delivered once, never twice and never lost between the two paths.
 *
 * <pre>
 * WAITING --reply--> ANSWERED                   (webhook responds with it)
 * WAITING --time limit, callback--> DEFERRED --reply--> ANSWERED_LATE   (posted to the callback)
 *                                   DEFERRED --callback expires--> CLOSED
 * WAITING --time limit, no callback--> CLOSED
 * </pre>
 */
public final class Exchange {

    public enum State { WAITING, ANSWERED, DEFERRED, ANSWERED_LATE, CLOSED }

    public enum Offer { DELIVERED, DELIVERED_LATE, ALREADY_ANSWERED, EXPIRED }

    /**
     * How the channel delivers after the time limit. Returns false when the answer had already been delivered
     * by someone else (another replica took the callback over), so the caller is told "already answered".
     */
    @FunctionalInterface
    public interface LateDelivery {
        boolean deliver(String conversationId, ChatReply reply);
    }

    private final String conversationId;
    private final String userKey;
    private final LateDelivery lateDelivery;
    private final AtomicReference<State> state = new AtomicReference<>(State.WAITING);
    private final CompletableFuture<ChatReply> inTime = new CompletableFuture<>();

    /** {@code lateDelivery} is null when the channel cannot deliver after the time limit. */
    public Exchange(String conversationId, String userKey, LateDelivery lateDelivery) {
        this.conversationId = conversationId;
        this.userKey = userKey;
        this.lateDelivery = lateDelivery;
    }

    public Offer offer(ChatReply reply) {
        if (state.compareAndSet(State.WAITING, State.ANSWERED)) {
            inTime.complete(reply);
            return Offer.DELIVERED;
        }
        if (state.compareAndSet(State.DEFERRED, State.ANSWERED_LATE)) {
            return lateDelivery.deliver(conversationId, reply) ? Offer.DELIVERED_LATE : Offer.ALREADY_ANSWERED;
        }
        State now = state.get();
        return now == State.ANSWERED || now == State.ANSWERED_LATE ? Offer.ALREADY_ANSWERED : Offer.EXPIRED;
    }

    /**
     * The time limit has passed: returns true when nothing was answered yet, i.e. the caller must now give
     * the interim answer (a "please wait" when a callback will follow, a "try again shortly" otherwise).
     */
    public boolean timeLimitReached() {
        return state.compareAndSet(State.WAITING, lateDelivery != null ? State.DEFERRED : State.CLOSED);
    }

    /** The callback is about to expire: returns true when the user is still waiting for the real answer. */
    public boolean callbackExpiring() {
        return state.compareAndSet(State.DEFERRED, State.CLOSED);
    }

    public CompletableFuture<ChatReply> inTime() {
        return inTime;
    }

    public boolean canDeliverLate() {
        return lateDelivery != null;
    }

    public void deliverLate(ChatReply reply) {
        lateDelivery.deliver(conversationId, reply);
    }

    public State state() {
        return state.get();
    }

    public String conversationId() {
        return conversationId;
    }

    public String userKey() {
        return userKey;
    }
}
