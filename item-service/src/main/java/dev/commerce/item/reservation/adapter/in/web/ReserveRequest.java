package dev.commerce.item.reservation.adapter.in.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import dev.commerce.item.reservation.domain.RequestedLine;
import dev.commerce.item.reservation.domain.RequestedLines;

public record ReserveRequest(
        @NotNull @Pattern(regexp = ORDER_NUMBER, message = ORDER_NUMBER_MESSAGE) String orderNumber,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid Line> lines) {

    static final String ORDER_NUMBER = "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$";
    static final String ORDER_NUMBER_MESSAGE = "must be 1 to 64 letters, digits, '-' or '_', such as ORD-20261120-0001";

    public record Line(@NotNull @Positive Long itemId, @NotNull @Min(1) @Max(1000) Integer quantity) {
    }

    RequestedLines toRequestedLines() {
        return new RequestedLines(lines.stream().map(line -> new RequestedLine(line.itemId(), line.quantity())).toList());
    }
}
