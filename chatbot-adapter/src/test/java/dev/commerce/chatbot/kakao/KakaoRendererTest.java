package dev.commerce.chatbot.kakao;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.chatbot.conversation.domain.ChatReply;
import dev.commerce.chatbot.conversation.domain.ChatReply.Button;
import dev.commerce.chatbot.conversation.domain.ChatReply.Card;
import dev.commerce.chatbot.conversation.domain.ChatReply.Entry;
import dev.commerce.chatbot.conversation.domain.ChatReply.ItemList;
import dev.commerce.chatbot.kakao.domain.KakaoLimits;
import dev.commerce.chatbot.kakao.domain.KakaoRenderer;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Renders replies and checks the JSON Kakao receives against the documented limits. */
class KakaoRendererTest {

    private final KakaoRenderer renderer = new KakaoRenderer("죄송해요");
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode render(ChatReply reply) {
        return json.valueToTree(renderer.render(reply));
    }

    private static Button message(String label) {
        return new Button(label, Button.MESSAGE, null, null);
    }

    @Test
    void textAndMainMenuBecomeSimpleTextAndQuickReplies() {
        JsonNode response = render(ChatReply.text("아메리카노 재고는 120개예요.", List.of("재고 조회", "배송 조회", "이벤트", "포인트")));

        assertThat(response.path("version").asText()).isEqualTo("2.0");
        assertThat(response.has("useCallback")).isFalse();
        assertThat(response.at("/template/outputs/0/simpleText/text").asText()).isEqualTo("아메리카노 재고는 120개예요.");
        JsonNode quick = response.at("/template/quickReplies");
        assertThat(quick).hasSize(4);
        assertThat(quick.get(1).path("label").asText()).isEqualTo("배송 조회");
        assertThat(quick.get(1).path("action").asText()).isEqualTo("message");
        assertThat(quick.get(1).path("messageText").asText()).isEqualTo("배송 조회");
    }

    @Test
    void aCardWithAnImageIsABasicCardWithThumbnail() {
        JsonNode response = render(new ChatReply("재고가 있어요", new Card("아메리카노", "4,500원 · 재고 120개",
                "https://img.example.com/amr.png", List.of(message("주문하기"))), null, null, null));

        JsonNode card = response.at("/template/outputs/1/basicCard");
        assertThat(card.path("title").asText()).isEqualTo("아메리카노");
        assertThat(card.at("/thumbnail/imageUrl").asText()).isEqualTo("https://img.example.com/amr.png");
        assertThat(card.at("/buttons/0/messageText").asText()).isEqualTo("주문하기");
    }

    @Test
    void aCardWithoutAnImageIsATextCardBecauseBasicCardRequiresAThumbnail() {
        JsonNode response = render(new ChatReply(null, new Card("주문 ORD-20261120-0001", "배송 중 · 서울 허브",
                null, List.of()), null, null, null));

        assertThat(response.at("/template/outputs/0/textCard/title").asText()).isEqualTo("주문 ORD-20261120-0001");
        assertThat(response.at("/template/outputs/0").has("basicCard")).isFalse();
        assertThat(response.at("/template/outputs/0/textCard").has("buttons")).isFalse();
    }

    @Test
    void longTextsAreCutToKakaosLimits() {
        String long1 = "가나다라마바사".repeat(300);
        JsonNode response = render(new ChatReply(long1, new Card(long1, long1, "https://img.example.com/x.png",
                List.of(new Button("아주아주아주아주아주긴버튼이름입니다", Button.MESSAGE, "보내기", null))), null,
                List.of("아주아주아주아주아주긴바로가기이름"), null));

        assertThat(response.at("/template/outputs/0/simpleText/text").asText()).hasSize(KakaoLimits.SIMPLE_TEXT);
        assertThat(response.at("/template/outputs/1/basicCard/title").asText()).hasSizeLessThanOrEqualTo(KakaoLimits.BASIC_CARD_TITLE);
        assertThat(response.at("/template/outputs/1/basicCard/description").asText())
                .hasSizeLessThanOrEqualTo(KakaoLimits.BASIC_CARD_DESCRIPTION).endsWith("…");
        assertThat(response.at("/template/outputs/1/basicCard/buttons/0/label").asText()).hasSizeLessThanOrEqualTo(KakaoLimits.BUTTON_LABEL);
        assertThat(response.at("/template/quickReplies/0/label").asText()).hasSizeLessThanOrEqualTo(KakaoLimits.QUICK_REPLY_LABEL);
        assertThat(response.at("/template/quickReplies/0/messageText").asText()).isEqualTo("아주아주아주아주아주긴바로가기이름");
    }

    @Test
    void textCardTitleAndDescriptionShareFourHundredCharacters() {
        String long1 = "배송".repeat(400);
        JsonNode card = render(new ChatReply(null, new Card("제목".repeat(10), long1, null, List.of()), null, null, null))
                .at("/template/outputs/0/textCard");
        assertThat(card.path("title").asText().length() + card.path("description").asText().length())
                .isLessThanOrEqualTo(KakaoLimits.TEXT_CARD_TOTAL);
    }

    @Test
    void countsAreCappedAndNoMoreThanThreeOutputs() {
        List<Button> buttons = IntStream.range(0, 6).mapToObj(i -> message("버튼" + i)).toList();
        List<Entry> entries = IntStream.range(0, 9).mapToObj(i -> new Entry("주문 " + i, "배송 중")).toList();
        List<String> quick = IntStream.range(0, 14).mapToObj(i -> "메뉴" + i).toList();
        JsonNode response = render(new ChatReply("최근 주문이에요", new Card("카드", "설명", null, buttons),
                new ItemList("최근 주문", entries, buttons), quick, null));

        JsonNode outputs = response.at("/template/outputs");
        assertThat(outputs.size()).isLessThanOrEqualTo(KakaoLimits.MAX_OUTPUTS).isEqualTo(3);
        assertThat(outputs.get(1).at("/textCard/buttons")).hasSize(KakaoLimits.CARD_BUTTONS);
        JsonNode list = outputs.get(2).path("listCard");
        assertThat(list.at("/header/title").asText()).isEqualTo("최근 주문");
        assertThat(list.path("items")).hasSize(KakaoLimits.LIST_ITEMS);
        assertThat(list.path("buttons")).hasSize(KakaoLimits.LIST_BUTTONS);
        assertThat(response.at("/template/quickReplies")).hasSize(KakaoLimits.MAX_QUICK_REPLIES);
    }

    @Test
    void invalidWebLinksAreDroppedAndDuplicateQuickRepliesMerged() {
        JsonNode response = render(new ChatReply("안내", new Card("링크", null, null, List.of(
                new Button("열기", Button.WEB_LINK, null, "javascript:alert(1)"),
                new Button("사이트", Button.WEB_LINK, null, "https://shop.example.com/orders"))),
                null, List.of("포인트", "포인트", " ", "이벤트"), null));

        JsonNode buttons = response.at("/template/outputs/1/textCard/buttons");
        assertThat(buttons).hasSize(1);
        assertThat(buttons.get(0).path("action").asText()).isEqualTo("webLink");
        assertThat(buttons.get(0).path("webLinkUrl").asText()).isEqualTo("https://shop.example.com/orders");
        assertThat(response.at("/template/quickReplies")).hasSize(2);
    }

    @Test
    void aReplyWithNothingToShowStillHasOneOutput() {
        JsonNode response = render(new ChatReply("  ", new Card(" ", null, null, List.of()), null, null, null));
        assertThat(response.at("/template/outputs")).hasSize(1);
        assertThat(response.at("/template/outputs/0/simpleText/text").asText()).isEqualTo("죄송해요");
        assertThat(response.at("/template").has("quickReplies")).isFalse();
    }

    @Test
    void callbackPendingHasNoTemplate() {
        JsonNode response = json.valueToTree(renderer.callbackPending("확인하고 있어요"));
        assertThat(response.path("version").asText()).isEqualTo("2.0");
        assertThat(response.path("useCallback").asBoolean()).isTrue();
        assertThat(response.at("/data/text").asText()).isEqualTo("확인하고 있어요");
        assertThat(response.has("template")).isFalse();
    }
}
