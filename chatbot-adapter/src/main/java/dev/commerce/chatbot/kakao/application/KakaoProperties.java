package dev.commerce.chatbot.kakao.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code commerce.kakao.*}: the skill secret and allowed bot ids, the webhook's own time limit (Kakao
 * waits 5 s; we answer within {@code reply-time-limit}, 3.5 s by default), how long a callback URL is
 * valid (1 minute per Kakao) and how long before its end we give up waiting and apologise instead.
 * {@code callback-allowed-hosts} (empty = any) limits where the adapter will POST callbacks, so a caller
 * holding the secret cannot make it call arbitrary hosts.
 */
@Validated
@ConfigurationProperties("commerce.kakao")
public record KakaoProperties(
        @NotBlank String skillSecret,
        Set<String> allowedBotIds,
        Set<String> callbackAllowedHosts,
        @NotNull Duration replyTimeLimit,
        @NotNull Duration callbackValidity,
        @NotNull Duration callbackSafetyMargin,
        @NotNull Duration callbackConnectTimeout,
        @NotNull Duration callbackReadTimeout) {

    public KakaoProperties {
        allowedBotIds = cleaned(allowedBotIds);
        callbackAllowedHosts = cleaned(callbackAllowedHosts).stream().map(host -> host.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        if (callbackSafetyMargin != null && callbackValidity != null && callbackSafetyMargin.compareTo(callbackValidity) >= 0) {
            throw new IllegalArgumentException("commerce.kakao.callback-safety-margin must be shorter than callback-validity");
        }
    }

    private static Set<String> cleaned(Set<String> values) {
        return values == null ? Set.of() : values.stream().map(String::strip).filter(v -> !v.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Empty means any host. */
    public boolean allowsCallbackHost(String host) {
        return callbackAllowedHosts.isEmpty() || callbackAllowedHosts.contains(host.toLowerCase(Locale.ROOT));
    }

    /** Empty means any bot may call the skill. */
    public boolean allowsBot(String botId) {
        return allowedBotIds.isEmpty() || (botId != null && allowedBotIds.contains(botId));
    }
}
