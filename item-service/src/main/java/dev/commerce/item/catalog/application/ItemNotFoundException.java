package dev.commerce.item.catalog.application;

public class ItemNotFoundException extends RuntimeException {

    public ItemNotFoundException(String message) {
        super(message);
    }

    public static ItemNotFoundException byId(long id) {
        return new ItemNotFoundException("No item with id " + id);
    }

    public static ItemNotFoundException bySku(String sku) {
        return new ItemNotFoundException("No item with sku " + sku);
    }
}
