package dev.commerce.gateway.ownership.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The customer side of the orders API, as an allow-list: list own orders, place an order for oneself, read one
 * order, its delivery and its tracking, cancel it. Anything else a customer tries is refused here, whatever the
 * services would answer.
 */
public final class OrderAccessPolicy {

    private static final Pattern ORDER_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final String NO_CUSTOMER_ID = "This account is not linked to a customer (no customer_id in the token).";

    private OrderAccessPolicy() {
    }

    /**
     * @param segments         the path segments after {@code /api/orders}
     * @param queryCustomerIds every {@code customerId} query value of the request
     */
    public static OrderAccess decide(String method, List<String> segments, List<String> queryCustomerIds, Caller caller) {
        if (caller.staff()) {
            return new OrderAccess.Unrestricted();
        }
        if (!caller.hasCustomerId()) {
            return new OrderAccess.Refused(Refusal.forbidden(NO_CUSTOMER_ID));
        }
        long own = caller.customerId();
        if (segments.isEmpty()) {
            return collection(method, queryCustomerIds, own);
        }
        String orderNumber = segments.get(0);
        if (!ORDER_NUMBER.matcher(orderNumber).matches()) {
            return new OrderAccess.Refused(Refusal.notFound("Order not found."));
        }
        if (isCustomerOperation(method, segments)) {
            return new OrderAccess.OwnedOrder(orderNumber, own);
        }
        return new OrderAccess.Refused(Refusal.forbidden("Customers cannot " + method + " this order resource."));
    }

    private static OrderAccess collection(String method, List<String> queryCustomerIds, long own) {
        if ("GET".equals(method)) {
            boolean onlyOwn = queryCustomerIds.stream().allMatch(Long.toString(own)::equals);
            return onlyOwn ? new OrderAccess.ListOwn(own)
                    : new OrderAccess.Refused(Refusal.forbidden("Customers can only list their own orders."));
        }
        if ("POST".equals(method)) {
            return new OrderAccess.PlaceOwn(own);
        }
        return new OrderAccess.Refused(Refusal.forbidden("Customers cannot " + method + " the order collection."));
    }

    private static boolean isCustomerOperation(String method, List<String> segments) {
        if (segments.size() == 1) {
            return "GET".equals(method);
        }
        if (segments.size() == 2) {
            String sub = segments.get(1);
            return "GET".equals(method) && ("delivery".equals(sub) || "tracking".equals(sub))
                    || "POST".equals(method) && "cancel".equals(sub);
        }
        return false;
    }
}
