package dev.commerce.chatbot.conversation.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;

/**
 * What the process is waiting for from each user (e.g. an order number), with a short expiry. Kept in
 * memory in a bounded cache: fast and dependency-free, but lost on restart and not shared between replicas,
 * so with several replicas the gateway must route a user to the same one (or this moves to Redis). Losing it
 * only means the user is asked once more.
 */
public class DialogStateStore {

    private final Cache<String, String> awaiting;

    public DialogStateStore(Duration ttl, long maxUsers) {
        this.awaiting = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxUsers).build();
    }

    public void await(String userKey, String what) {
        awaiting.put(userKey, what);
    }

    /** Returns and forgets what the user was asked: a question is answered by the next message only. */
    public Optional<String> take(String userKey) {
        return Optional.ofNullable(awaiting.asMap().remove(userKey));
    }

    public void clear(String userKey) {
        awaiting.invalidate(userKey);
    }
}
