package dev.commerce.chatbot.conversation.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;

/**
 * The dialogue state of a single instance: a bounded cache, fast and dependency-free, lost on restart and not
 * shared (the {@code redis} profile replaces it when there are replicas).
 */
public class InMemoryDialogStateStore implements DialogStateStore {

    private final Cache<String, String> awaiting;

    public InMemoryDialogStateStore(Duration ttl, long maxUsers) {
        this.awaiting = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxUsers).build();
    }

    @Override
    public void await(String userKey, String what) {
        awaiting.put(userKey, what);
    }

    @Override
    public Optional<String> take(String userKey) {
        return Optional.ofNullable(awaiting.asMap().remove(userKey));
    }
}
