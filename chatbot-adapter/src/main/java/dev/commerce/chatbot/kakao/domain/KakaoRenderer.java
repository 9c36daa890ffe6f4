package dev.commerce.chatbot.kakao.domain;

import dev.commerce.chatbot.conversation.domain.ChatReply;
import dev.commerce.chatbot.kakao.domain.SkillResponse.BasicCard;
import dev.commerce.chatbot.kakao.domain.SkillResponse.Button;
import dev.commerce.chatbot.kakao.domain.SkillResponse.ListCard;
import dev.commerce.chatbot.kakao.domain.SkillResponse.ListItem;
import dev.commerce.chatbot.kakao.domain.SkillResponse.Output;
import dev.commerce.chatbot.kakao.domain.SkillResponse.QuickReply;
import dev.commerce.chatbot.kakao.domain.SkillResponse.SimpleText;
import dev.commerce.chatbot.kakao.domain.SkillResponse.TextCard;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a {@link ChatReply} as a Kakao skill response within {@link KakaoLimits}: the text as
 * simpleText, a card as basicCard when it has an image (Kakao requires basicCard's thumbnail) and as
 * textCard otherwise, a list as listCard, the quick replies as message quick replies. Texts are cut with
 * {@link SafeText}; surplus buttons, items and quick replies are dropped; web-link buttons without an
 * http(s) URL are dropped rather than sent to Kakao as invalid JSON.
 */
public class KakaoRenderer {

    private final String emptyReplyText;

    /** {@code emptyReplyText} stands in when a reply has nothing Kakao could show (outputs may not be empty). */
    public KakaoRenderer(String emptyReplyText) {
        this.emptyReplyText = emptyReplyText;
    }

    public SkillResponse render(ChatReply reply) {
        List<Output> outputs = new ArrayList<>();
        if (reply.text() != null && !reply.text().isBlank()) {
            outputs.add(new SimpleText(SafeText.cut(reply.text(), KakaoLimits.SIMPLE_TEXT)));
        }
        if (reply.card() != null) {
            card(reply.card()).ifPresent(outputs::add);
        }
        if (reply.list() != null && !reply.list().items().isEmpty()) {
            outputs.add(list(reply.list()));
        }
        if (outputs.isEmpty()) {
            outputs.add(new SimpleText(SafeText.cut(emptyReplyText, KakaoLimits.SIMPLE_TEXT)));
        }
        List<Output> limited = List.copyOf(outputs.subList(0, Math.min(outputs.size(), KakaoLimits.MAX_OUTPUTS)));
        return SkillResponse.of(new SkillResponse.SkillTemplate(limited, quickReplies(reply.quickReplies())));
    }

    /** The waiting text sent with {@code useCallback: true}; Kakao shows it like a simpleText. */
    public SkillResponse callbackPending(String waitingText) {
        return SkillResponse.callbackPending(SafeText.cut(waitingText, KakaoLimits.SIMPLE_TEXT));
    }

    private Optional<Output> card(ChatReply.Card card) {
        String title = blankToNull(card.title());
        String description = blankToNull(card.description());
        List<Button> buttons = buttons(card.buttons(), KakaoLimits.CARD_BUTTONS);
        if (isHttpUrl(card.imageUrl())) {
            return Optional.of(new BasicCard(SafeText.cut(title, KakaoLimits.BASIC_CARD_TITLE),
                    SafeText.cut(description, KakaoLimits.BASIC_CARD_DESCRIPTION),
                    new SkillResponse.Thumbnail(card.imageUrl().strip()), buttons));
        }
        if (title == null && description == null) {
            return Optional.empty();
        }
        String cutTitle = SafeText.cut(title, KakaoLimits.TEXT_CARD_TITLE);
        int room = KakaoLimits.TEXT_CARD_TOTAL - (cutTitle == null ? 0 : cutTitle.length());
        return Optional.of(new TextCard(cutTitle, SafeText.cut(description, room), buttons));
    }

    private ListCard list(ChatReply.ItemList list) {
        String header = blankToNull(list.header());
        List<ListItem> items = list.items().stream()
                .filter(entry -> entry.title() != null && !entry.title().isBlank())
                .limit(KakaoLimits.LIST_ITEMS)
                .map(entry -> new ListItem(SafeText.cut(entry.title(), KakaoLimits.LIST_TITLE),
                        SafeText.cut(blankToNull(entry.description()), KakaoLimits.LIST_DESCRIPTION)))
                .toList();
        return new ListCard(new ListItem(SafeText.cut(header == null ? "목록" : header, KakaoLimits.LIST_TITLE), null),
                items, buttons(list.buttons(), KakaoLimits.LIST_BUTTONS));
    }

    private static List<Button> buttons(List<ChatReply.Button> buttons, int max) {
        return buttons.stream()
                .map(KakaoRenderer::button)
                .filter(Objects::nonNull)
                .limit(max)
                .toList();
    }

    private static Button button(ChatReply.Button button) {
        if (button.label() == null || button.label().isBlank()) {
            return null;
        }
        String label = SafeText.cut(button.label(), KakaoLimits.BUTTON_LABEL);
        if (ChatReply.Button.WEB_LINK.equals(button.action())) {
            return isHttpUrl(button.webLinkUrl())
                    ? new Button(label, ChatReply.Button.WEB_LINK, null, button.webLinkUrl().strip()) : null;
        }
        String message = blankToNull(button.messageText()) == null ? button.label() : button.messageText();
        return new Button(label, ChatReply.Button.MESSAGE, SafeText.cut(message, KakaoLimits.MESSAGE_TEXT), null);
    }

    private static List<QuickReply> quickReplies(List<String> labels) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        labels.stream().filter(Objects::nonNull).map(String::strip).filter(l -> !l.isEmpty()).forEach(distinct::add);
        return distinct.stream()
                .limit(KakaoLimits.MAX_QUICK_REPLIES)
                .map(text -> new QuickReply(SafeText.cut(text, KakaoLimits.QUICK_REPLY_LABEL), ChatReply.Button.MESSAGE,
                        SafeText.cut(text, KakaoLimits.MESSAGE_TEXT)))
                .toList();
    }

    private static boolean isHttpUrl(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        try {
            URI uri = URI.create(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
