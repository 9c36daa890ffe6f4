package dev.commerce.chatbot.conversation.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.commerce.chatbot.conversation.domain.Exchange;
import java.time.Duration;
import java.util.Optional;

/**
 * Open conversations by id. Entries outlive their answer for the retention period so a duplicate reply is
 * told "already answered" (409) rather than "unknown" (404); the size bound protects memory under a flood.
 */
public class ConversationRegistry {

    private final Cache<String, Exchange> exchanges;

    public ConversationRegistry(Duration retention, long maxOpen) {
        this.exchanges = Caffeine.newBuilder().expireAfterWrite(retention).maximumSize(maxOpen).build();
    }

    public void register(Exchange exchange) {
        exchanges.put(exchange.conversationId(), exchange);
    }

    public Optional<Exchange> find(String conversationId) {
        return Optional.ofNullable(exchanges.getIfPresent(conversationId));
    }
}
