package dev.commerce.engine.promotion.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The campaign name also ends up in coupon codes and is the key of the idempotent coupon per customer. */
public record PromotionRequest(
    @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*",
        message = "letters, digits, '-' and '_' only") String campaign,
    @Pattern(regexp = "BRONZE|SILVER|GOLD|VIP", message = "one of BRONZE, SILVER, GOLD, VIP") String minGrade,
    @PositiveOrZero Integer minPoints,
    @Size(max = 40) @Pattern(regexp = "[a-z][a-z0-9-]*", message = "a catalogue category such as coffee")
    String category) {
}
