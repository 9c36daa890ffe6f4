package dev.commerce.customer.coupon.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import dev.commerce.customer.shared.error.InvalidRequestException;
import org.junit.jupiter.api.Test;

class ValidityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void validDaysCountFromToday() {
        assertThat(Validity.resolve(null, 30, TODAY)).isEqualTo(LocalDate.of(2026, 12, 20));
    }

    @Test
    void anExplicitDateFromTodayOnIsKept() {
        assertThat(Validity.resolve(TODAY, null, TODAY)).isEqualTo(TODAY);
    }

    @Test
    void exactlyOneOfDateAndDaysMustBeGivenAndThePastIsRejected() {
        assertThatThrownBy(() -> Validity.resolve(null, null, TODAY)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> Validity.resolve(TODAY, 3, TODAY)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> Validity.resolve(TODAY.minusDays(1), null, TODAY))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("today or later");
    }

    @Test
    void couponCodesAreUnambiguousAndDistinct() {
        var first = CouponCodes.next();
        assertThat(first).matches("CPN-[2-9A-HJKMNP-Z]{8}");
        assertThat(CouponCodes.next()).isNotEqualTo(first);
    }
}
