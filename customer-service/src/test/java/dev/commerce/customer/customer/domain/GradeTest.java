package dev.commerce.customer.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradeTest {

    @ParameterizedTest
    @CsvSource({
            "0, BRONZE", "2999, BRONZE", "3000, SILVER", "9999, SILVER",
            "10000, GOLD", "29999, GOLD", "30000, VIP", "1000000, VIP"})
    void gradeFollowsLifetimePointsAtTheDocumentedThresholds(long lifetime, Grade expected) {
        assertThat(Grade.forLifetimePoints(lifetime)).isEqualTo(expected);
    }

    @Test
    void andAboveListsTheGradeAndHigherOnes() {
        assertThat(Grade.SILVER.andAbove()).containsExactly(Grade.SILVER, Grade.GOLD, Grade.VIP);
        assertThat(Grade.VIP.andAbove()).containsExactly(Grade.VIP);
    }
}
