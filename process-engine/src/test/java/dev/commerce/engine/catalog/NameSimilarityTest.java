package dev.commerce.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commerce.engine.catalog.domain.NameSimilarity;
import org.junit.jupiter.api.Test;

class NameSimilarityTest {

  @Test
  void spacesAndCaseDoNotMatter() {
    assertThat(NameSimilarity.sameName("콜드 브루", "콜드브루")).isTrue();
    assertThat(NameSimilarity.score("Cold Brew", "coldbrew")).isEqualTo(1.0);
  }

  @Test
  void typosAndPartsScoreAboveUnrelatedNames() {
    double typo = NameSimilarity.score("아메리까노", "아메리카노");
    double part = NameSimilarity.score("라떼", "카페라떼");
    double unrelated = NameSimilarity.score("아메리까노", "베이글");

    assertThat(typo).isEqualTo(0.5);
    assertThat(part).isGreaterThan(0.34);
    assertThat(unrelated).isZero();
    assertThat(NameSimilarity.partialMatch("바닐라", "바닐라라떼")).isTrue();
    assertThat(NameSimilarity.partialMatch("", "바닐라라떼")).isFalse();
  }
}
