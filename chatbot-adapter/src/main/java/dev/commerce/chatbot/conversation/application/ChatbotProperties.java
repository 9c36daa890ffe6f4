package dev.commerce.chatbot.conversation.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code commerce.chatbot.*}: the internal token the process sends with its replies, how long a dialogue
 * question ("which order?") stays open per user, how many users and open conversations are kept in memory,
 * the canned texts, and the pool that talks to the engine.
 */
@Validated
@ConfigurationProperties("commerce.chatbot")
public record ChatbotProperties(
        @NotBlank String internalToken,
        @NotNull Duration dialogStateTtl,
        @Positive long maxDialogStates,
        @NotNull Duration conversationRetention,
        @Positive long maxOpenConversations,
        @Positive int dispatchThreads,
        @Positive int dispatchQueue,
        @Valid @NotNull Texts texts) {

    public record Texts(
            @NotBlank String apology,
            @NotBlank String waiting,
            @NotBlank String retryLater,
            @NotBlank String callbackExpired,
            @NotEmpty List<String> mainMenu) {
    }
}
