package dev.commerce.customer.coupon.adapter.in.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Give exactly one of {@code validUntil} (ISO date, today or later) and {@code validDays} (counted from today). */
public record IssueCouponRequest(
        @NotBlank @Size(max = 80) String campaign,
        @NotNull @Min(1) @Max(90) Integer discountPercent,
        @Size(max = 40) String category,
        LocalDate validUntil,
        @Min(1) @Max(366) Integer validDays) {
}
