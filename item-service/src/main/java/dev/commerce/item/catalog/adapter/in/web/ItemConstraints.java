package dev.commerce.item.catalog.adapter.in.web;

/** Shared by the create and update requests so both accept exactly the same values. */
final class ItemConstraints {

    static final String SKU = "^[A-Z][A-Z0-9]{1,9}-[0-9]{3,9}$";
    static final String SKU_MESSAGE = "must look like AMR-001: upper-case letters or digits, a dash, 3 to 9 digits";
    static final String CATEGORY = "^[a-z][a-z0-9-]{0,39}$";
    static final String CATEGORY_MESSAGE = "must be a lower-case word such as coffee or goods";
    static final long MAX_PRICE = 100_000_000L;
    static final int MAX_STOCK = 1_000_000;
    static final int MAX_POINTS = 1_000_000;

    private ItemConstraints() {
    }
}
