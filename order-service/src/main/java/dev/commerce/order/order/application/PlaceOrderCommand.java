package dev.commerce.order.order.application;

import java.util.List;

public record PlaceOrderCommand(long customerId, List<RequestedLine> lines) {

    public PlaceOrderCommand {
        lines = List.copyOf(lines);
    }
}
