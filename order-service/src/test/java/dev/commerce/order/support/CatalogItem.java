package dev.commerce.order.support;

/** Items of the demo catalogue (ARCHITECTURE.md) as item-service would reserve them; price and points per unit. */
public record CatalogItem(long id, String sku, String name, String category, long price, long points) {

    public static final CatalogItem AMERICANO = new CatalogItem(1, "AMR-001", "아메리카노", "coffee", 4500, 45);
    public static final CatalogItem LATTE = new CatalogItem(2, "LAT-001", "카페라떼", "coffee", 5000, 50);
    public static final CatalogItem CHOCO_CAKE = new CatalogItem(6, "CHO-001", "초코케이크", "dessert", 6500, 65);
    public static final CatalogItem GREEN_TEA = new CatalogItem(5, "GRT-001", "녹차라떼", "tea", 5500, 55);

    public Line times(int quantity) {
        return new Line(this, quantity);
    }

    public record Line(CatalogItem item, int quantity) {
    }
}
