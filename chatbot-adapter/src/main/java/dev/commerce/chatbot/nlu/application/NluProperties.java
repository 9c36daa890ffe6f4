package dev.commerce.chatbot.nlu.application;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * {@code commerce.nlu.*}: where the training and dictionary files are (any Spring resource location, so an
 * operator can point at an edited file without a rebuild), the fallback threshold, and how often the
 * catalogue is refreshed from item-service.
 */
@Validated
@ConfigurationProperties("commerce.nlu")
public record NluProperties(
        @NotNull Resource trainingFile,
        @NotNull Resource entitiesFile,
        @NotNull Resource lexiconFile,
        @NotNull Resource catalogueSeedFile,
        @DecimalMin("0.0") @DecimalMax("1.0") double confidenceThreshold,
        @NotNull Duration catalogueRefreshInterval,
        @NotNull Duration catalogueRetryInterval,
        @Positive int maxUtteranceLength) {
}
