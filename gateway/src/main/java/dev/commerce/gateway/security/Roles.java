package dev.commerce.gateway.security;

/** Realm roles of the {@code commerce} realm, as Spring Security roles ({@code ROLE_customer} ...). */
public final class Roles {

    public static final String CUSTOMER = "customer";
    public static final String OPERATOR = "operator";
    public static final String ADMIN = "admin";
    public static final String[] STAFF = {OPERATOR, ADMIN};
    public static final String[] ANY = {CUSTOMER, OPERATOR, ADMIN};

    private Roles() {
    }
}
