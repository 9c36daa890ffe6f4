package dev.commerce.order.order.adapter.out.client;

import java.util.List;

/** item-service's reservation; {@code unitPrice} and {@code points} are per unit. */
record ReservationResponse(String orderNumber, String status, List<Line> lines) {

    record Line(Long itemId, String sku, String name, String category, Integer quantity, Long unitPrice,
                Long points) {
    }
}
