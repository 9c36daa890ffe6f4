package dev.commerce.item.reservation.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestedLinesTest {

    @Test
    void refusesTheSecondLineOfAnItem() {
        assertThatThrownBy(() -> new RequestedLines(List.of(
                new RequestedLine(3, 1), new RequestedLine(5, 1), new RequestedLine(3, 2))))
                .isInstanceOfSatisfying(DuplicateItemLineException.class,
                        e -> assertThat(e.lineIndex()).isEqualTo(2));
    }

    @Test
    void locksInAscendingItemIdOrderWhateverTheRequestOrder() {
        var lines = new RequestedLines(List.of(new RequestedLine(9, 1), new RequestedLine(2, 4), new RequestedLine(5, 1)));

        assertThat(lines.inLockOrder()).extracting(RequestedLine::itemId).containsExactly(2L, 5L, 9L);
        assertThat(lines.itemIds()).containsExactly(9L, 2L, 5L);
    }

    @Test
    void sameItemsAndQuantitiesInAnyOrderAreTheSameRequest() {
        var lines = new RequestedLines(List.of(new RequestedLine(1, 2), new RequestedLine(7, 1)));

        assertThat(lines.sameAs(List.of(line(7, 1), line(1, 2)))).isTrue();
        assertThat(lines.sameAs(List.of(line(7, 1), line(1, 3)))).isFalse();
        assertThat(lines.sameAs(List.of(line(1, 2)))).isFalse();
        assertThat(lines.sameAs(List.of(line(7, 1), line(1, 2), line(4, 1)))).isFalse();
    }

    private static ReservationLine line(long itemId, int quantity) {
        return new ReservationLine(itemId, "SKU-" + itemId, "이름", "coffee", quantity, 1000, 10);
    }
}
