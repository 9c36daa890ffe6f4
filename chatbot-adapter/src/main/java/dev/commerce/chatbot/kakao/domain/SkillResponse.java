package dev.commerce.chatbot.kakao.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Map;

/**
 * A Kakao skill response (version 2.0): either a template ({@code outputs} and {@code quickReplies}) or,
 * when the real answer will come through the callback, {@code useCallback: true} with a waiting text in
 * {@code data.text}. The same shape is the body posted to the callback URL.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SkillResponse(String version, SkillTemplate template, Boolean useCallback, Map<String, Object> data) {

    public static final String VERSION = "2.0";

    public static SkillResponse of(SkillTemplate template) {
        return new SkillResponse(VERSION, template, null, null);
    }

    public static SkillResponse callbackPending(String waitingText) {
        return new SkillResponse(VERSION, null, true, Map.of("text", waitingText));
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record SkillTemplate(List<Output> outputs, List<QuickReply> quickReplies) {
    }

    /** One output component, written as {@code {"simpleText": {...}}}, {@code {"basicCard": {...}}}, ... */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
    @JsonSubTypes({
            @JsonSubTypes.Type(SimpleText.class),
            @JsonSubTypes.Type(TextCard.class),
            @JsonSubTypes.Type(BasicCard.class),
            @JsonSubTypes.Type(ListCard.class)})
    public sealed interface Output permits SimpleText, TextCard, BasicCard, ListCard {
    }

    @JsonTypeName("simpleText")
    public record SimpleText(String text) implements Output {
    }

    @JsonTypeName("textCard")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record TextCard(String title, String description, List<Button> buttons) implements Output {
    }

    @JsonTypeName("basicCard")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record BasicCard(String title, String description, Thumbnail thumbnail, List<Button> buttons) implements Output {
    }

    @JsonTypeName("listCard")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ListCard(ListItem header, List<ListItem> items, List<Button> buttons) implements Output {
    }

    public record Thumbnail(String imageUrl) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ListItem(String title, String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Button(String label, String action, String messageText, String webLinkUrl) {
    }

    public record QuickReply(String label, String action, String messageText) {
    }
}
