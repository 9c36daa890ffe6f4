package dev.commerce.order.order.domain;

import java.util.List;

/** An order line as events carry it; {@code points} is the line's total (per-unit points × quantity). */
public record OrderEventLine(long itemId, String sku, String name, String category, int quantity, long unitPrice,
                             long points) {

    static List<OrderEventLine> of(Order order) {
        return order.lines().stream()
                .map(line -> new OrderEventLine(line.itemId(), line.sku(), line.name(), line.category(),
                        line.quantity(), line.unitPrice(), line.linePoints()))
                .toList();
    }
}
