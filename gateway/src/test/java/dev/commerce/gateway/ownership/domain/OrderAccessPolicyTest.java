package dev.commerce.gateway.ownership.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrderAccessPolicyTest {

    private static final Caller MINSU = new Caller(false, 1L);
    private static final Caller OPERATOR = new Caller(true, null);

    @Test
    void staffAreNotRestricted() {
        assertThat(decide("GET", "/api/orders/ORD-20260101-0001", List.of(), OPERATOR)).isInstanceOf(OrderAccess.Unrestricted.class);
        assertThat(decide("GET", "/api/orders", List.of("2"), OPERATOR)).isInstanceOf(OrderAccess.Unrestricted.class);
    }

    @Test
    void aCustomerListsOwnOrdersWhateverTheQueryAsksFor() {
        assertThat(decide("GET", "/api/orders", List.of(), MINSU)).isEqualTo(new OrderAccess.ListOwn(1));
        assertThat(decide("GET", "/api/orders", List.of("1"), MINSU)).isEqualTo(new OrderAccess.ListOwn(1));
        assertThat(refusal(decide("GET", "/api/orders", List.of("2"), MINSU)).kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(refusal(decide("GET", "/api/orders", List.of("1", "2"), MINSU)).kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
    }

    @Test
    void aCustomerPlacesOrdersForThemselves() {
        assertThat(decide("POST", "/api/orders", List.of(), MINSU)).isEqualTo(new OrderAccess.PlaceOwn(1));
        assertThat(decide("POST", "/api/orders/", List.of(), MINSU)).isEqualTo(new OrderAccess.PlaceOwn(1));
    }

    @Test
    void oneOrderItsDeliveryTrackingAndCancelNeedOwnership() {
        for (String[] call : new String[][] {{"GET", ""}, {"GET", "/delivery"}, {"GET", "/tracking"}, {"POST", "/cancel"}}) {
            assertThat(decide(call[0], "/api/orders/ORD-20260101-0007" + call[1], List.of(), MINSU))
                    .isEqualTo(new OrderAccess.OwnedOrder("ORD-20260101-0007", 1));
        }
    }

    @Test
    void everythingElseIsRefusedToCustomers() {
        assertThat(refusal(decide("POST", "/api/orders/ORD-1/delivery-events", List.of(), MINSU)).kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(refusal(decide("DELETE", "/api/orders/ORD-1", List.of(), MINSU)).kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(refusal(decide("PUT", "/api/orders", List.of(), MINSU)).kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(refusal(decide("GET", "/api/orders/ORD-1/delivery/x", List.of(), MINSU)).kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
    }

    @Test
    void aStrangeOrderNumberIsNotLookedUp() {
        assertThat(refusal(decide("GET", "/api/orders/..%2F2", List.of(), MINSU)).kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(refusal(decide("GET", "/api/orders/ORD%2D1", List.of(), MINSU)).kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
    }

    @Test
    void aCustomerWithoutCustomerIdGetsNothing() {
        Caller unlinked = new Caller(false, null);

        assertThat(refusal(decide("GET", "/api/orders", List.of(), unlinked)).kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(refusal(decide("GET", "/api/orders/ORD-1", List.of(), Caller.ANONYMOUS)).kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
    }

    private static OrderAccess decide(String method, String path, List<String> query, Caller caller) {
        return OrderAccessPolicy.decide(method, PathSegments.after(path, "/api/orders"), query, caller);
    }

    private static Refusal refusal(OrderAccess access) {
        assertThat(access).isInstanceOf(OrderAccess.Refused.class);
        return ((OrderAccess.Refused) access).refusal();
    }
}
