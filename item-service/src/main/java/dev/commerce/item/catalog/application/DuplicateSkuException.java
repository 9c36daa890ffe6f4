package dev.commerce.item.catalog.application;

public class DuplicateSkuException extends RuntimeException {

    private final String sku;

    public DuplicateSkuException(String sku) {
        super("An item with sku " + sku + " already exists");
        this.sku = sku;
    }

    public String sku() {
        return sku;
    }
}
