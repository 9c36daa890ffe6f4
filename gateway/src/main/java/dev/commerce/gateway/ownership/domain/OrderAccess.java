package dev.commerce.gateway.ownership.domain;

/** What the gateway must do with a request to the orders API before forwarding it. */
public sealed interface OrderAccess {

    /** Staff: forward as it is. */
    record Unrestricted() implements OrderAccess { }

    record Refused(Refusal refusal) implements OrderAccess { }

    /** List orders: force the query to the caller's own customer id. */
    record ListOwn(long customerId) implements OrderAccess { }

    /** Place an order: the body's customerId must be (or becomes) the caller's own. */
    record PlaceOwn(long customerId) implements OrderAccess { }

    /** Anything about one order: forward only when that order belongs to the caller. */
    record OwnedOrder(String orderNumber, long customerId) implements OrderAccess { }
}
