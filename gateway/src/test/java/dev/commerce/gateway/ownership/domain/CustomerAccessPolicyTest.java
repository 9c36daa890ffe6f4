package dev.commerce.gateway.ownership.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomerAccessPolicyTest {

    private static final Caller MINSU = new Caller(false, 1L);
    private static final Caller OPERATOR = new Caller(true, null);

    @Test
    void aCustomerReadsTheirOwnRecordPointsAndCoupons() {
        assertThat(decide("GET", "/api/customers/1", MINSU)).isInstanceOf(CustomerAccess.Forward.class);
        assertThat(decide("GET", "/api/customers/1/points", MINSU)).isInstanceOf(CustomerAccess.Forward.class);
        assertThat(decide("GET", "/api/customers/1/coupons", MINSU)).isInstanceOf(CustomerAccess.Forward.class);
    }

    @Test
    void meIsTheTokensCustomer() {
        assertThat(decide("GET", "/api/customers/me", MINSU)).isEqualTo(new CustomerAccess.Rewrite("/api/customers/1"));
        assertThat(decide("GET", "/api/customers/me/points", MINSU)).isEqualTo(new CustomerAccess.Rewrite("/api/customers/1/points"));
        assertThat(decide("GET", "/api/customers/me/ledger", MINSU)).isInstanceOf(CustomerAccess.Refused.class);
        assertThat(decide("GET", "/api/customers/me", OPERATOR)).isEqualTo(
                new CustomerAccess.Refused(Refusal.notFound("This account is not linked to a customer.")));
    }

    @Test
    void anotherCustomerAnEncodedIdOrAWriteIsForbidden() {
        for (String path : new String[] {"/api/customers/2", "/api/customers/2/points", "/api/customers/%31/points",
                "/api/customers/1;x=2", "/api/customers", "/api/customers/by-username/minsu", "/api/customers/1/ledger"}) {
            assertThat(decide("GET", path, MINSU)).as(path).isInstanceOf(CustomerAccess.Refused.class);
        }
        assertThat(decide("POST", "/api/customers/1/coupons", MINSU)).isInstanceOf(CustomerAccess.Refused.class);
    }

    @Test
    void staffReadAnyone() {
        assertThat(decide("GET", "/api/customers/2/points", OPERATOR)).isInstanceOf(CustomerAccess.Forward.class);
        assertThat(decide("POST", "/api/customers/2/coupons", OPERATOR)).isInstanceOf(CustomerAccess.Forward.class);
    }

    private static CustomerAccess decide(String method, String path, Caller caller) {
        return CustomerAccessPolicy.decide(method, PathSegments.after(path, "/api/customers"), caller);
    }
}
