package dev.commerce.chatbot.conversation.domain;

import java.util.List;

/**
 * The answer the chatbot process sends for one conversation, independent of the channel: a text, an
 * optional card or list, quick replies, and whether the process now waits for something from the user
 * ({@code awaiting = "order_number"}). The Kakao layer renders it within Kakao's limits.
 */
public record ChatReply(String text, Card card, ItemList list, List<String> quickReplies, String awaiting) {

    public static final String AWAITING_ORDER_NUMBER = "order_number";

    public ChatReply {
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
    }

    public static ChatReply text(String text, List<String> quickReplies) {
        return new ChatReply(text, null, null, quickReplies, null);
    }

    public boolean awaitsOrderNumber() {
        return AWAITING_ORDER_NUMBER.equals(awaiting);
    }

    public record Card(String title, String description, String imageUrl, List<Button> buttons) {
        public Card {
            buttons = buttons == null ? List.of() : List.copyOf(buttons);
        }
    }

    public record ItemList(String header, List<Entry> items, List<Button> buttons) {
        public ItemList {
            items = items == null ? List.of() : List.copyOf(items);
            buttons = buttons == null ? List.of() : List.copyOf(buttons);
        }
    }

    public record Entry(String title, String description) {
    }

    /** {@code action} is {@code message} (sends {@code messageText} as the user's next utterance) or {@code webLink}. */
    public record Button(String label, String action, String messageText, String webLinkUrl) {
        public static final String MESSAGE = "message";
        public static final String WEB_LINK = "webLink";
    }
}
