package dev.commerce.order.delivery.adapter.in.web;

import dev.commerce.order.order.domain.OrderStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code carrier} and {@code trackingNumber} are required from SHIPPED on. */
@TrackingDetailsRequired
public record DeliveryEventRequest(@NotNull @Schema(example = "SHIPPED") OrderStatus status,
                                   @Size(max = 64) @Schema(example = "CJ대한통운") String carrier,
                                   @Size(max = 64) @Schema(example = "6012-3456-7890") String trackingNumber,
                                   @Size(max = 200) @Schema(example = "서울 송파 허브") String location) {
}
