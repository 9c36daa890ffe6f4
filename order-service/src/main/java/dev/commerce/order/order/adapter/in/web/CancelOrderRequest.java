package dev.commerce.order.order.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

public record CancelOrderRequest(@Size(max = 200) @Schema(example = "고객 요청") String reason) {
}
