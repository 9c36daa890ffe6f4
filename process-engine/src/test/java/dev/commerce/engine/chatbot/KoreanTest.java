package dev.commerce.engine.chatbot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commerce.engine.chatbot.domain.Korean;
import org.junit.jupiter.api.Test;

/** Particles must follow the last syllable as it is read, or the replies sound machine-made. */
class KoreanTest {

  @Test
  void particlesFollowTheFinalConsonant() {
    assertThat(Korean.topic("아메리카노")).isEqualTo("아메리카노는");
    assertThat(Korean.topic("녹차라떼")).isEqualTo("녹차라떼는");
    assertThat(Korean.topic("베이글")).isEqualTo("베이글은");
    assertThat(Korean.object("주문번호")).isEqualTo("주문번호를");
    assertThat(Korean.subject("케이크")).isEqualTo("케이크가");
    assertThat(Korean.subject("원두")).isEqualTo("원두가");
  }

  @Test
  void numbersAreReadInSinoKorean() {
    assertThat(Korean.topic("ORD-20261120-0001")).isEqualTo("ORD-20261120-0001은");
    assertThat(Korean.topic("ORD-20261120-0002")).isEqualTo("ORD-20261120-0002는");
    assertThat(Korean.copula("6543210987")).isEqualTo("6543210987이에요");
    assertThat(Korean.copula("1122334455")).isEqualTo("1122334455예요");
  }

  @Test
  void whatCannotBeToldGetsBothForms() {
    assertThat(Korean.topic("하우스 블렌드 원두 1kg")).isEqualTo("하우스 블렌드 원두 1kg은(는)");
    assertThat(Korean.copula("CJ123X")).isEqualTo("CJ123X이에요");
  }

  @Test
  void moneyPointsAndTimesInKoreanFormat() {
    assertThat(Korean.won(28000)).isEqualTo("28,000원");
    assertThat(Korean.points(12000)).isEqualTo("12,000P");
    assertThat(Korean.dayTime("2026-11-21T02:30:00Z")).isEqualTo("11월 21일 11:30");
    assertThat(Korean.dayTime("not a time")).isEqualTo("not a time");
  }
}
