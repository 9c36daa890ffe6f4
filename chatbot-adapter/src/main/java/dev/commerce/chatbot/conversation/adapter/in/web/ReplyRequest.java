package dev.commerce.chatbot.conversation.adapter.in.web;

import dev.commerce.chatbot.conversation.domain.ChatReply;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The chatbot process's answer (its send task). Sizes are bounded against abuse only; cutting to Kakao's
 * limits is the renderer's job, so the process does not need to know them.
 */
public record ReplyRequest(
        @Size(max = 10_000) String text,
        @Valid CardRequest card,
        @Valid ListRequest list,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> quickReplies,
        @Pattern(regexp = ChatReply.AWAITING_ORDER_NUMBER, message = "must be \"order_number\" or null") String awaiting) {

    @AssertTrue(message = "a reply needs a text, a card or a list")
    public boolean isAnswer() {
        return (text != null && !text.isBlank()) || card != null || (list != null && !list.items().isEmpty());
    }

    public record CardRequest(@Size(max = 500) String title, @Size(max = 2_000) String description,
                              @Size(max = 2_000) String imageUrl, @Valid @Size(max = 10) List<ButtonRequest> buttons) {
    }

    public record ListRequest(@Size(max = 500) String header,
                              @Valid @Size(min = 1, max = 50) List<EntryRequest> items,
                              @Valid @Size(max = 10) List<ButtonRequest> buttons) {
        public ListRequest {
            items = items == null ? List.of() : items;
        }
    }

    public record EntryRequest(@NotBlank @Size(max = 500) String title, @Size(max = 2_000) String description) {
    }

    public record ButtonRequest(@NotBlank @Size(max = 200) String label,
                                @NotBlank @Pattern(regexp = "message|webLink", message = "must be message or webLink") String action,
                                @Size(max = 1_000) String messageText,
                                @Size(max = 2_000) String webLinkUrl) {
    }

    ChatReply toReply() {
        return new ChatReply(text, card == null ? null : new ChatReply.Card(card.title(), card.description(),
                card.imageUrl(), buttons(card.buttons())),
                list == null ? null : new ChatReply.ItemList(list.header(), list.items().stream()
                        .map(e -> new ChatReply.Entry(e.title(), e.description())).toList(), buttons(list.buttons())),
                quickReplies, awaiting);
    }

    private static List<ChatReply.Button> buttons(List<ButtonRequest> buttons) {
        return buttons == null ? List.of() : buttons.stream()
                .map(b -> new ChatReply.Button(b.label(), b.action(), b.messageText(), b.webLinkUrl())).toList();
    }
}
