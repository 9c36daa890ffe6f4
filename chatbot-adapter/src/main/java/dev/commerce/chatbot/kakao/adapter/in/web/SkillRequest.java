package dev.commerce.chatbot.kakao.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * The Kakao i Open Builder skill payload (version 2). Kakao adds fields over time ({@code flow},
 * {@code intent.extra}, ...), so unknown fields are ignored here, and only here: the rest of the API rejects
 * them. Required: {@code userRequest.utterance} and {@code userRequest.user.id} (the botUserKey, at most 70
 * characters per Kakao).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SkillRequest(
        Intent intent,
        @NotNull @Valid UserRequest userRequest,
        Bot bot,
        Action action,
        List<JsonNode> contexts) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Intent(String id, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UserRequest(
            String timezone,
            Map<String, Object> params,
            Block block,
            @NotNull @Size(max = 10_000) String utterance,
            String lang,
            @NotNull @Valid User user,
            @Size(max = 2_000) String callbackUrl) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Block(String id, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record User(@NotBlank @Size(max = 70) String id, String type, Map<String, Object> properties) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Bot(String id, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Action(String id, String name, Map<String, Object> params, Map<String, Object> detailParams,
                         JsonNode clientExtra) {
    }
}
