package dev.commerce.order.order.adapter.out.client;

import java.util.List;

record ReservationRequest(String orderNumber, List<Line> lines) {

    record Line(long itemId, int quantity) {
    }
}
