package dev.commerce.order.order.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderNumberFormatTest {

    @Test
    void padsToFourDigitsAndGrowsBeyond() {
        LocalDate day = LocalDate.of(2026, 11, 20);

        assertThat(OrderNumberFormat.format(day, 1)).isEqualTo("ORD-20261120-0001");
        assertThat(OrderNumberFormat.format(day, 9999)).isEqualTo("ORD-20261120-9999");
        assertThat(OrderNumberFormat.format(day, 10000)).isEqualTo("ORD-20261120-10000");
        assertThatThrownBy(() -> OrderNumberFormat.format(day, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
