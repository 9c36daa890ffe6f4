package dev.commerce.chatbot.kakao;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commerce.chatbot.kakao.domain.SafeText;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeTextTest {

    @Test
    void shortTextIsKept() {
        assertThat(SafeText.cut("아메리카노 재고가 있어요.", 1000)).isEqualTo("아메리카노 재고가 있어요.");
        assertThat(SafeText.cut(null, 10)).isNull();
    }

    @Test
    void longTextIsCutToTheLimitWithAnEllipsis() {
        String text = "가".repeat(1200);
        String cut = SafeText.cut(text, 1000);
        assertThat(cut).hasSize(1000).endsWith(SafeText.ELLIPSIS).startsWith("가가가");
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 6, 7, 8, 9, 10, 11, 12, 13, 14})
    void decomposedHangulIsComposedAndNeverCutInsideASyllable(int max) {
        String decomposed = Normalizer.normalize("초코케이크와 바닐라라떼를 주문할게요", Normalizer.Form.NFD);
        String cut = SafeText.cut(decomposed, max);
        assertThat(cut.length()).isLessThanOrEqualTo(max);
        assertThat(Normalizer.isNormalized(cut, Normalizer.Form.NFC)).isTrue();
        String kept = cut.substring(0, cut.length() - 1);
        assertThat("초코케이크와 바닐라라떼를 주문할게요").startsWith(kept.strip());
        kept.chars().filter(c -> c >= 0x1100 && c <= 0x11FF).forEach(c -> {
            throw new AssertionError("loose jamo in " + cut);
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5, 6, 7})
    void surrogatePairsAndCombiningMarksStayWhole(int max) {
        String text = "커피☕️🍰🍰🍰é́ 좋아요";
        String cut = SafeText.cut(text, max);
        assertThat(cut.length()).isLessThanOrEqualTo(max);
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertThat(i + 1 < cut.length() && Character.isLowSurrogate(cut.charAt(i + 1))).as(cut).isTrue();
            }
            if (Character.isLowSurrogate(c)) {
                assertThat(i > 0 && Character.isHighSurrogate(cut.charAt(i - 1))).as(cut).isTrue();
            }
        }
        char beforeEllipsis = cut.charAt(cut.length() - 2 < 0 ? 0 : cut.length() - 2);
        assertThat(Character.isHighSurrogate(beforeEllipsis)).isFalse();
    }

    @Test
    void tinyLimits() {
        assertThat(SafeText.cut("안녕하세요", 1)).isEqualTo("…");
        assertThat(SafeText.cut("안녕하세요", 2)).isEqualTo("안…");
    }
}
