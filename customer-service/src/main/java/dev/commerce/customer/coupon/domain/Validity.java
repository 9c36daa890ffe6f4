package dev.commerce.customer.coupon.domain;

import java.time.LocalDate;

import dev.commerce.customer.shared.error.InvalidRequestException;

/** A coupon is valid until an explicit date or for a number of days from today: exactly one of the two. */
public final class Validity {

    private Validity() {
    }

    public static LocalDate resolve(LocalDate validUntil, Integer validDays, LocalDate today) {
        if (validUntil != null && validDays != null) {
            throw new InvalidRequestException("validUntil", "give either validUntil or validDays, not both");
        }
        if (validUntil == null && validDays == null) {
            throw new InvalidRequestException("validUntil", "give validUntil (a date) or validDays");
        }
        if (validUntil != null) {
            if (validUntil.isBefore(today)) {
                throw new InvalidRequestException("validUntil", "must be today or later");
            }
            return validUntil;
        }
        return today.plusDays(validDays);
    }
}
