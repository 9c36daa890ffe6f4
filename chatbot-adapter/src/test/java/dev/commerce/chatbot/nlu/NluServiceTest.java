package dev.commerce.chatbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.commerce.chatbot.nlu.application.NluService;
import dev.commerce.chatbot.nlu.domain.EntityMention;
import dev.commerce.chatbot.nlu.domain.IntentScore;
import dev.commerce.chatbot.nlu.domain.Intents;
import dev.commerce.chatbot.nlu.domain.NluResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NluServiceTest {

    private final NluService nlu = NluFixture.service();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "아메리카노 재고 있어요?, stock.lookup",
            "초코케잌 남아있나여, stock.lookup",
            "바닐라 라떼 두 잔 주문 가능해요?, stock.lookup",
            "주문 배송 어디쯤이야, delivery.track",
            "ORD-20261120-0001 배송 상태, delivery.track",
            "택배 언제 도착하나요, delivery.track",
            "내 주문 내역 좀 보여줄래, order.list",
            "지난번에 구매한 목록, order.list",
            "진행 중인 이벤트 있나요, promotion.list",
            "쓸 수 있는 쿠폰 알려줘, promotion.list",
            "내 포인트 얼마야, points.balance",
            "적립금 얼마나 있어요, points.balance",
            "안녕하세요, greeting",
            "하이 반가워, greeting",
            "도움말, help",
            "무엇을 할 수 있어요?, help",
            "오늘 날씨 어때, fallback",
            "주식 뭐 사야 돼, fallback"
    })
    void everyIntentIsRecognised(String text, String intent) {
        assertThat(nlu.parse(text).intent().name()).isEqualTo(intent);
    }

    @Test
    void theArchitectureExampleParsesAsDocumented() {
        NluResult result = nlu.parse("아메리카노 재고 있어요?");

        assertThat(result.intent().name()).isEqualTo(Intents.STOCK_LOOKUP);
        assertThat(result.intent().confidence()).isGreaterThan(0.9);
        assertThat(result.entities()).containsExactly(new EntityMention("item", "아메리카노", 0, 5));
    }

    @Test
    void rankingCoversEveryIntentBestFirstAndSumsToOne() {
        NluResult result = nlu.parse("배송 조회해 주세요");

        assertThat(result.ranking()).extracting(IntentScore::name).containsExactlyInAnyOrderElementsOf(Intents.ALL);
        assertThat(result.ranking()).isSortedAccordingTo((a, b) -> Double.compare(b.confidence(), a.confidence()));
        assertThat(result.ranking().stream().mapToDouble(IntentScore::confidence).sum()).isCloseTo(1.0, within(0.001));
        assertThat(result.ranking().get(0)).isEqualTo(result.intent());
    }

    @Test
    void gibberishAndOffTopicFallBack() {
        for (String text : new String[] {"ㅁㄴㅇㄹ", "asdf qwer", "비트코인 얼마야", "...", "123"}) {
            assertThat(nlu.parse(text).intent().name()).as(text).isEqualTo(Intents.FALLBACK);
        }
    }

    @Test
    void belowTheThresholdTheAnswerIsFallbackWithTheRemainingMass() {
        NluResult result = nlu.parse("ㅁㄴㅇㄹ");
        IntentScore best = result.ranking().get(0);
        if (!best.name().equals(Intents.FALLBACK)) {
            assertThat(best.confidence()).isLessThan(NluFixture.THRESHOLD);
            assertThat(result.intent().confidence()).isCloseTo(1 - best.confidence(), within(0.001));
        }
        assertThat(result.intent().name()).isEqualTo(Intents.FALLBACK);
    }

    @Test
    void entitiesOfAllKindsInOneSentence() {
        NluResult result = nlu.parse("ORD-20261120-0001 주문에 텀블러 세 개 추가돼요?");

        assertThat(result.entities()).extracting(EntityMention::entity).containsExactly("order_number", "item", "quantity");
        assertThat(result.entities()).extracting(EntityMention::value)
                .containsExactly("ORD-20261120-0001", "스테인리스 텀블러", 3);
    }

    @Test
    void veryLongInputIsAnalysedOnItsFirstPartOnly() {
        String text = "아메리카노 재고 있어요? " + "ㅋ".repeat(5_000);
        NluResult result = nlu.parse(text);
        assertThat(result.intent().name()).isEqualTo(Intents.STOCK_LOOKUP);
        assertThat(result.first(EntityMention.ITEM)).contains("아메리카노");
    }
}
