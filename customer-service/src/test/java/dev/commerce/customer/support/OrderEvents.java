package dev.commerce.customer.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** Order events exactly as docs/events.md describes them, written as order-service would. */
public final class OrderEvents {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(5000);

    public record Line(String sku, String category, int quantity, int unitPrice, int points) {
    }

    private OrderEvents() {
    }

    public static String newEventId() {
        return UUID.randomUUID().toString();
    }

    /** A fresh order number in the ORD-yyyyMMdd-NNNN shape, unique within the test JVM. */
    public static String newOrderNumber() {
        return "ORD-20261120-" + SEQUENCE.incrementAndGet();
    }

    public static String placed(String eventId, String orderNumber, long customerId, long points, List<Line> lines) {
        return envelope(eventId, "OrderPlaced", orderNumber, """
                {"orderNumber":"%s","customerId":%d,"lines":[%s],"total":%d,"points":%d,"placedAt":"%s"}"""
                .formatted(orderNumber, customerId, lines(lines), total(lines), points, Instant.now()));
    }

    public static String cancelled(String eventId, String orderNumber, long customerId, long points) {
        return envelope(eventId, "OrderCancelled", orderNumber, """
                {"orderNumber":"%s","customerId":%d,"lines":[],"total":0,"points":%d,"reason":"customer request",\
                "cancelledAt":"%s"}""".formatted(orderNumber, customerId, points, Instant.now()));
    }

    public static String deliveryUpdated(String eventId, String orderNumber, long customerId) {
        return envelope(eventId, "DeliveryUpdated", orderNumber, """
                {"orderNumber":"%s","customerId":%d,"status":"SHIPPED","carrier":"CJ대한통운",\
                "trackingNumber":"1234","location":"서울","at":"%s"}""".formatted(orderNumber, customerId, Instant.now()));
    }

    private static String envelope(String eventId, String type, String subject, String data) {
        return """
                {"specversion":"1.0","id":"%s","type":"%s","source":"/order-service","time":"%s","subject":"%s",\
                "datacontenttype":"application/json",\
                "traceparent":"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01","data":%s}"""
                .formatted(eventId, type, Instant.now(), subject, data);
    }

    private static String lines(List<Line> lines) {
        return lines.stream().map(line -> """
                {"itemId":1,"sku":"%s","name":"상품","category":"%s","quantity":%d,"unitPrice":%d,"points":%d}"""
                .formatted(line.sku(), line.category(), line.quantity(), line.unitPrice(), line.points()))
                .collect(Collectors.joining(","));
    }

    private static int total(List<Line> lines) {
        return lines.stream().mapToInt(line -> line.quantity() * line.unitPrice()).sum();
    }
}
