package dev.commerce.order.order.adapter.out.persistence;

import dev.commerce.order.order.domain.Order;
import dev.commerce.order.order.domain.OrderLine;
import dev.commerce.order.order.domain.TrackingEntry;

import java.util.List;

/** Copies between the aggregate and its rows, so entities never leave this package. */
final class OrderEntityMapper {

    private OrderEntityMapper() {
    }

    static OrderEntity toNewEntity(Order order) {
        OrderEntity entity = new OrderEntity();
        entity.orderNumber = order.orderNumber();
        entity.customerId = order.customerId();
        entity.total = order.total();
        entity.points = order.points();
        entity.createdAt = order.createdAt();
        List<OrderLine> lines = order.lines();
        for (int i = 0; i < lines.size(); i++) {
            entity.lines.add(toEntity(entity, i + 1, lines.get(i)));
        }
        copyState(order, entity);
        return entity;
    }

    /** Status and delivery data may change; the timeline only grows. */
    static void copyState(Order order, OrderEntity entity) {
        entity.status = order.status();
        entity.carrier = order.carrier();
        entity.trackingNumber = order.trackingNumber();
        entity.cancelReason = order.cancelReason();
        List<TrackingEntry> timeline = order.timeline();
        for (int i = entity.timeline.size(); i < timeline.size(); i++) {
            entity.timeline.add(toEntity(entity, i + 1, timeline.get(i)));
        }
        entity.updatedAt = timeline.get(timeline.size() - 1).at();
    }

    static Order toDomain(OrderEntity entity) {
        List<OrderLine> lines = entity.lines.stream()
                .map(line -> new OrderLine(line.itemId, line.sku, line.name, line.category, line.quantity,
                        line.unitPrice, line.unitPoints))
                .toList();
        List<TrackingEntry> timeline = entity.timeline.stream()
                .map(entry -> new TrackingEntry(entry.status, entry.location, entry.occurredAt))
                .toList();
        return Order.restore(entity.orderNumber, entity.customerId, lines, entity.createdAt, entity.status, timeline,
                entity.carrier, entity.trackingNumber, entity.cancelReason);
    }

    private static OrderLineEntity toEntity(OrderEntity order, int lineNo, OrderLine line) {
        OrderLineEntity entity = new OrderLineEntity();
        entity.order = order;
        entity.lineNo = lineNo;
        entity.itemId = line.itemId();
        entity.sku = line.sku();
        entity.name = line.name();
        entity.category = line.category();
        entity.quantity = line.quantity();
        entity.unitPrice = line.unitPrice();
        entity.unitPoints = line.unitPoints();
        return entity;
    }

    private static TrackingEntryEntity toEntity(OrderEntity order, int seq, TrackingEntry entry) {
        TrackingEntryEntity entity = new TrackingEntryEntity();
        entity.order = order;
        entity.seq = seq;
        entity.status = entry.status();
        entity.location = entry.location();
        entity.occurredAt = entry.at();
        return entity;
    }
}
