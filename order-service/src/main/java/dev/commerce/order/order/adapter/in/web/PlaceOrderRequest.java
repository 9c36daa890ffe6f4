package dev.commerce.order.order.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.util.List;

public record PlaceOrderRequest(@NotNull @Positive @Schema(example = "1") Long customerId,
                                @NotNull @Size(min = 1, max = 50) @DistinctItems
                                List<@NotNull @Valid OrderLineRequest> lines) {
}
