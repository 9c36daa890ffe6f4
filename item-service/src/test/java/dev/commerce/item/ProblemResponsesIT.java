package dev.commerce.item;

import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import dev.commerce.item.support.Api;
import dev.commerce.item.support.DatabaseSnapshot;
import dev.commerce.item.support.IntegrationTestBase;
import dev.commerce.support.outbox.OutboxRelay;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refused request answers problem+json with the documented type and leaves the database as it was. */
class ProblemResponsesIT extends IntegrationTestBase {

    @Autowired
    OutboxRelay relay;

    private CreatedItem item;
    private CreatedItem other;

    @BeforeEach
    void items() {
        item = createItem(5);
        other = createItem(5);
    }

    @Test
    void malformedJson() {
        var problem = refused(400, "malformed-request",
                () -> api.post("/api/reservations", "{\"orderNumber\": \"ORD-1\", \"lines\": ["));
        assertThat(problem.path("detail").asText()).isEqualTo("The request body is not valid JSON");
    }

    @Test
    void missingBody() {
        refused(400, "malformed-request", () -> api.post("/api/reservations", ""));
    }

    @Test
    void unknownField() {
        var problem = refused(400, "malformed-request", () -> api.post("/api/reservations", """
                {"orderNumber":"%s","lines":[{"itemId":%d,"quantity":1,"colour":"red"}]}"""
                .formatted(newOrderNumber(), item.id())));
        assertThat(problem.path("detail").asText()).isEqualTo("Unknown field 'lines[0].colour'");
    }

    @Test
    void wrongTypes() {
        var problem = refused(400, "malformed-request", () -> api.post("/api/reservations", """
                {"orderNumber":"%s","lines":[{"itemId":%d,"quantity":"two"}]}""".formatted(newOrderNumber(), item.id())));
        assertThat(problem.path("detail").asText()).isEqualTo("Field 'lines[0].quantity' has the wrong type");
        refused(400, "malformed-request", () -> api.post("/api/reservations", """
                {"orderNumber":"%s","lines":[{"itemId":%d,"quantity":"2"}]}""".formatted(newOrderNumber(), item.id())));
        refused(400, "malformed-request", () -> api.post("/api/reservations", """
                {"orderNumber":"%s","lines":[{"itemId":%d,"quantity":1.5}]}""".formatted(newOrderNumber(), item.id())));
        refused(400, "malformed-request", () -> api.post("/api/reservations", """
                {"orderNumber":"%s","lines":{"itemId":%d}}""".formatted(newOrderNumber(), item.id())));
        refused(400, "malformed-request", () -> api.get("/api/items/abc"));
        refused(400, "malformed-request", () -> api.get("/api/items?size=many"));
    }

    @Test
    void validationNamesEveryBadField() {
        var problem = refused(400, "validation-failed", () -> api.post("/api/reservations", """
                {"orderNumber":"bad number!","lines":[{"itemId":%d,"quantity":0},{"itemId":-1,"quantity":1001}]}"""
                .formatted(item.id())));
        assertThat(problem.path("errors").findValuesAsText("field"))
                .containsExactly("lines[0].quantity", "lines[1].itemId", "lines[1].quantity", "orderNumber");
        refused(400, "validation-failed", () -> api.post("/api/reservations", """
                {"orderNumber":"%s","lines":[]}""".formatted(newOrderNumber())));
        refused(400, "validation-failed", () -> api.post("/api/reservations", """
                {"lines":[{"itemId":%d,"quantity":1}]}""".formatted(item.id())));
        refused(400, "validation-failed", () -> api.get("/api/items?size=0"));
        refused(400, "validation-failed", () -> api.get("/api/items?size=101"));
        refused(400, "validation-failed", () -> api.get("/api/items?page=-1"));
    }

    @Test
    void duplicateItemLinesAreRefused() {
        var problem = refused(400, "validation-failed", () -> api.post("/api/reservations", """
                {"orderNumber":"%s","lines":[{"itemId":%d,"quantity":1},{"itemId":%d,"quantity":2},{"itemId":%d,"quantity":1}]}"""
                .formatted(newOrderNumber(), item.id(), other.id(), item.id())));
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("lines[2].itemId");
    }

    @Test
    void unknownItemReservesNothing() {
        var problem = refused(404, "not-found", () -> api.post("/api/reservations", """
                {"orderNumber":"%s","lines":[{"itemId":%d,"quantity":1},{"itemId":987654321,"quantity":1}]}"""
                .formatted(newOrderNumber(), item.id())));
        assertThat(problem.path("detail").asText()).isEqualTo("No item with id 987654321");
    }

    @Test
    void aShortLineReservesNothingAndSaysWhatIsLeft() {
        var problem = refused(409, "insufficient-stock", () -> api.post("/api/reservations", """
                {"orderNumber":"%s","lines":[{"itemId":%d,"quantity":2},{"itemId":%d,"quantity":6}]}"""
                .formatted(newOrderNumber(), item.id(), other.id())));
        assertThat(problem.path("detail").asText()).isEqualTo(
                "Not enough stock for 테스트 상품 %s (%s): requested 6, only 5 left".formatted(other.sku(), other.sku()));
        assertThat(problem.path("itemId").asLong()).isEqualTo(other.id());
        assertThat(problem.path("sku").asText()).isEqualTo(other.sku());
        assertThat(problem.path("requested").asInt()).isEqualTo(6);
        assertThat(problem.path("available").asInt()).isEqualTo(5);
    }

    @Test
    void reusingAnOrderNumberForDifferentLinesIsAConflict() {
        String order = newOrderNumber();
        assertThat(api.post("/api/reservations", """
                {"orderNumber":"%s","lines":[{"itemId":%d,"quantity":1}]}""".formatted(order, item.id())).status())
                .isEqualTo(201);

        var problem = refused(409, "conflict", () -> api.post("/api/reservations", """
                {"orderNumber":"%s","lines":[{"itemId":%d,"quantity":2}]}""".formatted(order, item.id())));
        assertThat(problem.path("detail").asText()).contains(order).contains("different lines");
    }

    @Test
    void unknownReservationAndItem() {
        refused(404, "not-found", () -> api.get("/api/reservations/ORD-NEVER-SEEN"));
        refused(404, "not-found", () -> api.get("/api/items/987654321"));
        refused(404, "not-found", () -> api.get("/api/items/by-sku/NOPE-000"));
        refused(404, "not-found", () -> api.put("/api/items/987654321", """
                {"name":"x","category":"test","price":1,"stock":1,"points":1}"""));
        refused(404, "not-found", () -> api.get("/api/nothing-here"));
    }

    @Test
    void duplicateSkuIsAConflict() {
        var problem = refused(409, "conflict", () -> api.post("/api/items", """
                {"sku":"%s","name":"다른 상품","category":"test","price":1,"stock":1,"points":1}""".formatted(item.sku())));
        assertThat(problem.path("sku").asText()).isEqualTo(item.sku());
    }

    @Test
    void invalidItemsAreRefused() {
        var problem = refused(400, "validation-failed", () -> api.post("/api/items", """
                {"sku":"lower-1","name":" ","category":"Coffee","price":-1,"stock":-1,"points":-1}"""));
        assertThat(problem.path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("category", "name", "points", "price", "sku", "stock");
        refused(400, "validation-failed", () -> api.put("/api/items/" + item.id(), """
                {"name":"x","category":"test","price":1,"stock":-5,"points":1}"""));
        refused(400, "malformed-request", () -> api.put("/api/items/" + item.id(), """
                {"sku":"OTHER-001","name":"x","category":"test","price":1,"stock":1,"points":1}"""));
    }

    @Test
    void wrongMediaTypeAndMethod() {
        refused(415, "unsupported-media-type", () -> api.send("POST", "/api/reservations", "text/plain", "hello"));
        refused(405, "method-not-allowed", () -> api.send("PATCH", "/api/items/" + item.id(), "application/json", "{}"));
    }

    /** The relay pauses meanwhile: an event the request wrongly wrote must still be in the outbox afterwards. */
    private JsonNode refused(int status, String slug, Supplier<Api.Reply> request) {
        relay.stop();
        try {
            return refusedWhileTheOutboxHolds(status, slug, request);
        } finally {
            relay.start();
        }
    }

    private JsonNode refusedWhileTheOutboxHolds(int status, String slug, Supplier<Api.Reply> request) {
        var before = DatabaseSnapshot.of(jdbc);

        var reply = request.get();

        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        var problem = reply.json();
        assertThat(problem.path("type").asText()).isEqualTo("/problems/" + slug);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at dev.commerce");
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
        return problem;
    }
}
