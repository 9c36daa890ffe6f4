package dev.commerce.order.order.adapter.in.web;

import dev.commerce.order.order.domain.OrderLine;

/** {@code unitPrice} per unit; {@code points} for the whole line (per-unit points × quantity). */
public record OrderLineResponse(long itemId, String sku, String name, int quantity, long unitPrice, long points) {

    static OrderLineResponse from(OrderLine line) {
        return new OrderLineResponse(line.itemId(), line.sku(), line.name(), line.quantity(), line.unitPrice(),
                line.linePoints());
    }
}
