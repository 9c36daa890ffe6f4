package dev.commerce.gateway.ownership.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A customer reads their own record, points and coupons, by id or as {@code /api/customers/me}; staff pass. The id
 * in the path is compared as it was sent: an encoded or decorated id is refused rather than interpreted.
 */
public final class CustomerAccessPolicy {

    private static final String PREFIX = "/api/customers/";
    private static final String CUSTOMER_SCOPE = "Customers can only read their own record, points and coupons.";

    private CustomerAccessPolicy() {
    }

    /** @param segments the path segments after {@code /api/customers} */
    public static CustomerAccess decide(String method, List<String> segments, Caller caller) {
        if (!segments.isEmpty() && "me".equals(segments.get(0))) {
            if (!caller.hasCustomerId()) {
                return new CustomerAccess.Refused(Refusal.notFound("This account is not linked to a customer."));
            }
            List<String> own = new ArrayList<>(segments);
            own.set(0, Long.toString(caller.customerId()));
            if (!caller.staff() && !("GET".equals(method) && isCustomerReadable(own))) {
                return new CustomerAccess.Refused(Refusal.forbidden(CUSTOMER_SCOPE));
            }
            return new CustomerAccess.Rewrite(PREFIX + String.join("/", own));
        }
        if (caller.staff()) {
            return new CustomerAccess.Forward();
        }
        if (!caller.hasCustomerId()) {
            return new CustomerAccess.Refused(Refusal.forbidden("This account is not linked to a customer (no customer_id in the token)."));
        }
        boolean own = !segments.isEmpty() && segments.get(0).equals(Long.toString(caller.customerId()));
        if (own && "GET".equals(method) && isCustomerReadable(segments)) {
            return new CustomerAccess.Forward();
        }
        return new CustomerAccess.Refused(Refusal.forbidden(CUSTOMER_SCOPE));
    }

    private static boolean isCustomerReadable(List<String> segments) {
        return segments.size() == 1
                || segments.size() == 2 && ("points".equals(segments.get(1)) || "coupons".equals(segments.get(1)));
    }
}
