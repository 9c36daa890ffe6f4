package dev.commerce.chatbot.conversation.application;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code commerce.engine.*}: Camunda REST credentials and the message the chatbot process starts on. */
@Validated
@ConfigurationProperties("commerce.engine")
public record EngineProperties(@NotBlank String username, @NotBlank String password, @NotBlank String messageName) {
}
