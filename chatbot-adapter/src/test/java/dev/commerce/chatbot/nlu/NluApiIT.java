package dev.commerce.chatbot.nlu;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.commerce.chatbot.AdapterIntegrationTest;
import dev.commerce.chatbot.DemoData;
import dev.commerce.chatbot.nlu.application.CatalogueRefresher;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** POST /api/nlu/parse over HTTP, and the catalogue it recognises, refreshed from item-service. */
class NluApiIT extends AdapterIntegrationTest {

    @Autowired
    CatalogueRefresher refresher;

    @AfterEach
    void restoreDemoCatalogue() {
        DOWNSTREAM.stubFor(get(urlPathEqualTo("/api/items")).willReturn(okJson(DemoData.ITEMS_PAGE)));
        assertThat(refresher.refresh()).isTrue();
    }

    private JsonNode parse(String text) {
        HttpResponse<String> response = postJson("/api/nlu/parse", write(Map.of("text", text)), null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        return read(response.body());
    }

    @Test
    void parseReturnsIntentEntitiesWithOffsetsAndRanking() {
        JsonNode result = parse("바닐라 라떼 두 잔 재고 있어요?");

        assertThat(result.at("/intent/name").asText()).isEqualTo("stock.lookup");
        assertThat(result.at("/intent/confidence").asDouble()).isBetween(0.4, 1.0);
        assertThat(result.at("/entities/0/entity").asText()).isEqualTo("item");
        assertThat(result.at("/entities/0/value").asText()).isEqualTo("바닐라라떼");
        assertThat(result.at("/entities/0/start").asInt()).isZero();
        assertThat(result.at("/entities/0/end").asInt()).isEqualTo(6);
        assertThat(result.at("/entities/1/entity").asText()).isEqualTo("quantity");
        assertThat(result.at("/entities/1/value").asInt()).isEqualTo(2);
        assertThat(result.path("ranking")).hasSize(8);
        assertThat(result.at("/ranking/0/name").asText()).isEqualTo("stock.lookup");
    }

    @Test
    void badInputIsAProblemAndNotAParse() {
        HttpResponse<String> blank = postJson("/api/nlu/parse", "{\"text\":\"  \"}", null, null);
        HttpResponse<String> unknown = postJson("/api/nlu/parse", "{\"text\":\"안녕\",\"lang\":\"ko\"}", null, null);
        HttpResponse<String> broken = postJson("/api/nlu/parse", "{\"text\":", null, null);
        HttpResponse<String> tooLong = postJson("/api/nlu/parse", write(Map.of("text", "가".repeat(2_001))), null, null);

        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(read(blank.body()).path("type").asText()).isEqualTo("/problems/validation-failed");
        assertThat(read(blank.body()).at("/errors/0/field").asText()).isEqualTo("text");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(read(unknown.body()).path("detail").asText()).contains("lang");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(read(broken.body()).path("type").asText()).isEqualTo("/problems/malformed-request");
        assertThat(tooLong.statusCode()).isEqualTo(400);
    }

    @Test
    void itemNamesFollowTheCatalogueOfItemService() {
        assertThat(parse("딸기라떼 있어요?").path("entities")).isEmpty();
        DOWNSTREAM.stubFor(get(urlPathEqualTo("/api/items")).willReturn(okJson("""
                {"content":[{"id":1,"sku":"AMR-001","name":"아메리카노","category":"coffee","price":4500,"stock":120,"points":45},
                            {"id":13,"sku":"STR-001","name":"딸기라떼","category":"coffee","price":6000,"stock":9,"points":60}],
                 "page":{"size":100,"number":0,"totalElements":2,"totalPages":1}}""")));

        assertThat(refresher.refresh()).isTrue();

        assertThat(parse("딸기 라떼 있어요?").at("/entities/0/value").asText()).isEqualTo("딸기라떼");
        JsonNode health = read(getPath("/actuator/health").body());
        assertThat(health.at("/components/catalogue/details/source").asText()).isEqualTo("ITEM_SERVICE");
        assertThat(health.at("/components/catalogue/details/names").asInt()).isEqualTo(2);
    }

    @Test
    void whenItemServiceIsDownTheKnownNamesStay() {
        DOWNSTREAM.stubFor(get(urlPathEqualTo("/api/items")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThat(refresher.refresh()).isFalse();

        assertThat(parse("초코케잌 있어요?").at("/entities/0/value").asText()).isEqualTo("초코케이크");
        JsonNode health = read(getPath("/actuator/health").body());
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/catalogue/details/lastFailure").asText()).isNotBlank();
    }

    @Test
    void anEmptyCatalogueIsNotApplied() {
        DOWNSTREAM.stubFor(get(urlPathEqualTo("/api/items")).willReturn(okJson(
                "{\"content\":[],\"page\":{\"size\":100,\"number\":0,\"totalElements\":0,\"totalPages\":0}}")));

        assertThat(refresher.refresh()).isFalse();

        assertThat(parse("아메리카노 있어요?").at("/entities/0/value").asText()).isEqualTo("아메리카노");
    }
}
