package dev.commerce.chatbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commerce.chatbot.nlu.application.Catalogue;
import dev.commerce.chatbot.nlu.domain.EntityMention;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityRecognitionTest {

    private final Catalogue catalogue = NluFixture.catalogue();

    private List<EntityMention> entities(String text) {
        return NluFixture.entityRecognizer().recognise(text, catalogue.matcher());
    }

    private List<EntityMention> of(String text, String entity) {
        return entities(text).stream().filter(e -> e.entity().equals(entity)).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "바닐라 라떼 있어요?, 바닐라라떼",
            "바닐라라떼 있어요?, 바닐라라떼",
            "초코케잌 남았나요, 초코케이크",
            "치즈케잌 주세요, 치즈케이크",
            "카페라테 재고, 카페라떼",
            "아메리까노 있어?, 아메리카노",
            "아아 두 잔, 아메리카노",
            "라떼 되나요, 카페라떼",
            "원두 남았어요?, 하우스 블렌드 원두 1kg",
            "하우스 블렌드 원두 재고, 하우스 블렌드 원두 1kg",
            "텀블러 있나요, 스테인리스 텀블러",
            "스텐 텀블러 있어요, 스테인리스 텀블러",
            "머그잔 살래요, 머그컵",
            "드립백 세트 세 개, 드립백 세트",
            "콜드 브루 품절?, 콜드브루",
            "녹차 라테 한 잔, 녹차라떼",
            "베이글, 베이글"
    })
    void itemsAreCanonicalCatalogueNames(String text, String expected) {
        assertThat(of(text, EntityMention.ITEM)).extracting(EntityMention::value).containsExactly(expected);
    }

    @Test
    void itemOffsetsPointIntoTheOriginalText() {
        assertThat(of("아메리카노 재고 있어요?", EntityMention.ITEM))
                .containsExactly(new EntityMention("item", "아메리카노", 0, 5));
        String text = "혹시   바닐라 라떼 있나요";
        EntityMention mention = of(text, EntityMention.ITEM).get(0);
        assertThat(text.substring(mention.start(), mention.end())).isEqualTo("바닐라 라떼");
        String typo = "초코케잌 두 개요";
        EntityMention cake = of(typo, EntityMention.ITEM).get(0);
        assertThat(typo.substring(cake.start(), cake.end())).isEqualTo("초코케잌");
    }

    @Test
    void offsetsSurviveDecomposedHangulInput() {
        String decomposed = Normalizer.normalize("아메리카노 두 잔", Normalizer.Form.NFD);
        List<EntityMention> found = entities(decomposed);
        assertThat(found).extracting(EntityMention::entity).containsExactly("item", "quantity");
        EntityMention item = found.get(0);
        assertThat(Normalizer.normalize(decomposed.substring(item.start(), item.end()), Normalizer.Form.NFC)).isEqualTo("아메리카노");
        assertThat(found.get(1).value()).isEqualTo(2);
    }

    @Test
    void severalItemsAreFoundInOrderAndALongerNameBeatsAnAliasInsideIt() {
        assertThat(of("바닐라라떼랑 초코케이크 있어요?", EntityMention.ITEM)).extracting(EntityMention::value)
                .containsExactly("바닐라라떼", "초코케이크");
    }

    @Test
    void ordinaryWordsAreNotItems() {
        assertThat(of("오늘 날씨 어때", EntityMention.ITEM)).isEmpty();
        assertThat(of("배송 조회해 주세요", EntityMention.ITEM)).isEmpty();
        assertThat(of("포인트 얼마야", EntityMention.ITEM)).isEmpty();
    }

    @Test
    void newCatalogueNamesAreRecognisedAfterARefresh() {
        assertThat(of("딸기라떼 있어요?", EntityMention.ITEM)).isEmpty();
        catalogue.replace(List.of("아메리카노", "딸기라떼"));
        assertThat(of("딸기 라떼 있어요?", EntityMention.ITEM)).extracting(EntityMention::value).containsExactly("딸기라떼");
        assertThat(of("초코케이크 있어요?", EntityMention.ITEM)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "ORD-20261120-0001 배송, ORD-20261120-0001",
            "ord202611200001 어디쯤, ORD-20261120-0001",
            "주문번호는 Ord-20261120-0001이에요, ORD-20261120-0001",
            "ORD 20261120 0001, ORD-20261120-0001",
            "ord_20261120_0042 조회, ORD-20261120-0042",
            "ORD-20261120-12345, ORD-20261120-12345"
    })
    void orderNumbersAreNormalised(String text, String expected) {
        assertThat(of(text, EntityMention.ORDER_NUMBER)).extracting(EntityMention::value).containsExactly(expected);
    }

    @Test
    void orderNumberOffsetsCoverWhatTheUserTyped() {
        String text = "주문 ord202611200001 어디쯤";
        EntityMention mention = of(text, EntityMention.ORDER_NUMBER).get(0);
        assertThat(text.substring(mention.start(), mention.end())).isEqualTo("ord202611200001");
    }

    @Test
    void digitStringsThatAreNotOrderNumbersAreIgnored() {
        assertThat(of("ORD-20261340-0001", EntityMention.ORDER_NUMBER)).as("no 13th month").isEmpty();
        assertThat(of("WORD202611200001", EntityMention.ORDER_NUMBER)).isEmpty();
        assertThat(of("20261120-0001", EntityMention.ORDER_NUMBER)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "아메리카노 두 잔, 2",
            "텀블러 다섯 개, 5",
            "드립백 3세트 주세요, 3",
            "라떼 한 잔, 1",
            "베이글 열 개, 10",
            "머그컵 열두 개, 12",
            "원두 스무 봉, 20",
            "아아한잔, 1",
            "케이크 10 조각, 10",
            "삼 세트 살게요, 3",
            "세 잔이요, 3"
    })
    void quantitiesAreDigitsOrKoreanNumeralsWithACounter(String text, int expected) {
        assertThat(of(text, EntityMention.QUANTITY)).extracting(EntityMention::value).containsExactly(expected);
    }

    @Test
    void quantityOffsets() {
        String text = "바닐라 라떼 두 잔 주세요";
        EntityMention mention = of(text, EntityMention.QUANTITY).get(0);
        assertThat(text.substring(mention.start(), mention.end())).isEqualTo("두 잔");
    }

    @Test
    void numbersWithoutACounterOrInsideNamesAreNotQuantities() {
        assertThat(of("하우스 블렌드 원두 1kg 있어요?", EntityMention.QUANTITY)).isEmpty();
        assertThat(of("드립백 세트 있나요", EntityMention.QUANTITY)).as("백 세트 is part of the name").isEmpty();
        assertThat(of("2026년에 주문했어요", EntityMention.QUANTITY)).isEmpty();
        assertThat(of("주문한 개수", EntityMention.QUANTITY)).isEmpty();
        assertThat(of("ORD-20261120-0001 3개", EntityMention.QUANTITY)).extracting(EntityMention::value).containsExactly(3);
    }
}
