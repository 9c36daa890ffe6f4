package dev.commerce.customer.points.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.commerce.customer.customer.domain.Grade;
import org.junit.jupiter.api.Test;

class PointsAccountTest {

    @Test
    void creditRaisesBalanceAndLifetimeAndRecomputesTheGrade() {
        var account = new PointsAccount(7, 2_900, 2_900, Grade.BRONZE);

        var movement = account.credit(150);

        assertThat(movement.after()).isEqualTo(new PointsAccount(7, 3_050, 3_050, Grade.SILVER));
        assertThat(movement.delta()).isEqualTo(150);
        assertThat(movement.lifetimeDelta()).isEqualTo(150);
        assertThat(movement.gradeChanged()).isTrue();
    }

    @Test
    void reversalTakesBackTheWholeCreditWhenTheBalanceCoversIt() {
        var account = new PointsAccount(7, 3_050, 3_050, Grade.SILVER);

        var movement = account.reverse(150);

        assertThat(movement.after()).isEqualTo(new PointsAccount(7, 2_900, 2_900, Grade.BRONZE));
        assertThat(movement.delta()).isEqualTo(-150);
    }

    @Test
    void reversalLargerThanTheBalanceTakesWhatIsThereAndStillRemovesTheLifetimeCredit() {
        // 500 credited, 400 of them spent since: only 100 can be taken back, the balance stops at zero
        var account = new PointsAccount(7, 100, 10_200, Grade.GOLD);

        var movement = account.reverse(500);

        assertThat(movement.after().balance()).isZero();
        assertThat(movement.delta()).isEqualTo(-100);
        assertThat(movement.after().lifetime()).isEqualTo(9_700);
        assertThat(movement.lifetimeDelta()).isEqualTo(-500);
        assertThat(movement.after().grade()).isEqualTo(Grade.SILVER);
    }

    @Test
    void nonPositiveAmountsAndNegativeStatesAreRejected() {
        var account = new PointsAccount(7, 0, 0, Grade.BRONZE);

        assertThatIllegalArgumentException().isThrownBy(() -> account.credit(0));
        assertThatIllegalArgumentException().isThrownBy(() -> account.reverse(-5));
        assertThatIllegalArgumentException().isThrownBy(() -> new PointsAccount(7, -1, 0, Grade.BRONZE));
    }
}
