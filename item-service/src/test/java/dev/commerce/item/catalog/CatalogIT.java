package dev.commerce.item.catalog;

import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.commerce.item.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CatalogIT extends IntegrationTestBase {

    @Test
    void freshStartHasTheTwelveDemoItemsWithTheirExactValues() {
        var rows = jdbc.query("SELECT id, sku, name, category, price, stock, points FROM item WHERE id <= 12 ORDER BY id",
                (rs, i) -> tuple(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getInt(6), rs.getInt(7)));
        assertThat(rows).containsExactly(
                tuple(1L, "AMR-001", "아메리카노", "coffee", 4500L, 120, 45),
                tuple(2L, "LAT-001", "카페라떼", "coffee", 5000L, 80, 50),
                tuple(3L, "VAN-001", "바닐라라떼", "coffee", 5500L, 40, 55),
                tuple(4L, "CBR-001", "콜드브루", "coffee", 5000L, 0, 50),
                tuple(5L, "GRT-001", "녹차라떼", "tea", 5500L, 3, 55),
                tuple(6L, "CHO-001", "초코케이크", "dessert", 6500L, 12, 65),
                tuple(7L, "CHE-001", "치즈케이크", "dessert", 6800L, 0, 68),
                tuple(8L, "BGL-001", "베이글", "bakery", 3500L, 30, 35),
                tuple(9L, "BEN-001", "하우스 블렌드 원두 1kg", "beans", 28000L, 15, 280),
                tuple(10L, "TUM-001", "스테인리스 텀블러", "goods", 25000L, 7, 250),
                tuple(11L, "MUG-001", "머그컵", "goods", 12000L, 0, 120),
                tuple(12L, "DRP-001", "드립백 세트", "beans", 15000L, 25, 150));
    }

    @Test
    void getsAnItemByIdAndBySkuInTheContractShape() {
        var byId = api.get("/api/items/2");
        assertThat(byId.status()).isEqualTo(200);
        assertThat(byId.body()).isEqualTo(
                "{\"id\":2,\"sku\":\"LAT-001\",\"name\":\"카페라떼\",\"category\":\"coffee\",\"price\":5000,\"stock\":80,\"points\":50}");

        var bySku = api.get("/api/items/by-sku/BEN-001");
        assertThat(bySku.status()).isEqualTo(200);
        assertThat(bySku.json().path("name").asText()).isEqualTo("하우스 블렌드 원두 1kg");
        assertThat(bySku.json().path("id").asLong()).isEqualTo(9);
    }

    @Test
    void koreanPartialNameFindsEveryLatte() {
        var reply = api.get("/api/items?name=" + encode("라떼"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(names(reply.json())).containsExactly("카페라떼", "바닐라라떼", "녹차라떼");
        assertThat(reply.json().path("page").path("totalElements").asInt()).isEqualTo(3);
    }

    @Test
    void nameMatchIgnoresSpacesAndCase() {
        assertThat(names(api.get("/api/items?name=" + encode("바닐라 라떼")).json())).containsExactly("바닐라라떼");
        assertThat(names(api.get("/api/items?name=" + encode("하우스블렌드")).json()))
                .containsExactly("하우스 블렌드 원두 1kg");
        assertThat(names(api.get("/api/items?name=1KG").json())).containsExactly("하우스 블렌드 원두 1kg");
    }

    @Test
    void wildcardCharactersInTheNameAreLiterals() {
        var reply = api.get("/api/items?name=" + encode("%"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("content")).isEmpty();
    }

    @Test
    void filtersByCategoryCombinedWithName() {
        assertThat(names(api.get("/api/items?category=coffee").json()))
                .containsExactly("아메리카노", "카페라떼", "바닐라라떼", "콜드브루");
        assertThat(names(api.get("/api/items?category=tea&name=" + encode("라떼")).json())).containsExactly("녹차라떼");
    }

    @Test
    void pagesInIdOrderWithSpringDataPageMetadata() {
        var reply = api.get("/api/items?page=1&size=5");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(ids(reply.json())).containsExactly(6L, 7L, 8L, 9L, 10L);
        var page = reply.json().path("page");
        assertThat(page.path("size").asInt()).isEqualTo(5);
        assertThat(page.path("number").asInt()).isEqualTo(1);
        int total = count("SELECT COUNT(*) FROM item");
        assertThat(page.path("totalElements").asInt()).isEqualTo(total);
        assertThat(page.path("totalPages").asInt()).isEqualTo((total + 4) / 5);
    }

    @Test
    void createsAnItemWithLocationAndItIsReadableThere() {
        String sku = newSku();
        var created = api.post("/api/items", """
                {"sku":"%s","name":"  시즌 블렌드 ","category":"beans","price":19000,"stock":5,"points":190}"""
                .formatted(sku));

        assertThat(created.status()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(created.location()).endsWith("/api/items/" + id);
        assertThat(created.json().path("name").asText()).isEqualTo("시즌 블렌드");
        var fetched = api.get("/api/items/" + id);
        assertThat(fetched.json()).isEqualTo(created.json());
        assertThat(api.get("/api/items/by-sku/" + sku).json().path("id").asLong()).isEqualTo(id);
    }

    @Test
    void updatesNameCategoryPriceStockAndPoints() {
        var item = createItem(10);

        var updated = api.put("/api/items/" + item.id(), """
                {"name":"바뀐 이름","category":"goods","price":999,"stock":4,"points":9}""");

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("sku").asText()).isEqualTo(item.sku());
        var row = jdbc.queryForMap("SELECT name, category, price, stock, points FROM item WHERE id = ?", item.id());
        assertThat(row.values()).containsExactly("바뀐 이름", "goods", 999L, 4, 9);
    }

    private static List<String> names(JsonNode page) {
        return StreamSupport.stream(page.path("content").spliterator(), false).map(n -> n.path("name").asText())
                .toList();
    }

    private static List<Long> ids(JsonNode page) {
        return StreamSupport.stream(page.path("content").spliterator(), false).map(n -> n.path("id").asLong())
                .toList();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
