package dev.commerce.item.catalog.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ItemQueryTest {

    @Test
    void nameLosesEveryWhitespaceAndCase() {
        assertThat(new ItemQuery(" 바닐라 \t라떼 ", null).name()).isEqualTo("바닐라라떼");
        assertThat(new ItemQuery("Drip BAG", null).name()).isEqualTo("dripbag");
    }

    @Test
    void blankFiltersMeanNoFilter() {
        var query = new ItemQuery("   ", " ");

        assertThat(query.name()).isNull();
        assertThat(query.category()).isNull();
    }

    @Test
    void categoryIsTrimmedAndLowerCase() {
        assertThat(new ItemQuery(null, " Coffee ").category()).isEqualTo("coffee");
    }
}
