package dev.commerce.customer.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commerce.customer.support.IntegrationTestBase;
import dev.commerce.customer.support.TestCustomers;
import org.junit.jupiter.api.Test;

/** The demo customers of ARCHITECTURE.md, as other modules read them over HTTP. */
class CustomerLookupIT extends IntegrationTestBase {

    @Test
    void demoCustomerByIdHasTheContractShape() {
        JsonNode minsu = json(http.getForObject("/api/customers/1", String.class));

        assertThat(minsu.properties()).extracting(Map.Entry::getKey)
                .containsExactly("id", "username", "name", "email", "phone", "kakaoUserKey", "grade", "points");
        assertThat(minsu.get("id").asLong()).isEqualTo(1);
        assertThat(minsu.get("username").asText()).isEqualTo("minsu");
        assertThat(minsu.get("name").asText()).isEqualTo("김민수");
        assertThat(minsu.get("kakaoUserKey").asText()).isEqualTo("kakao-minsu");
        assertThat(minsu.get("grade").asText()).isEqualTo("GOLD");
        assertThat(minsu.get("points").asLong()).isEqualTo(12_000);
    }

    @Test
    void lookupsByUsernameAndKakaoKeyFindTheSameCustomers() {
        JsonNode jiyoung = json(http.getForObject("/api/customers/by-username/jiyoung", String.class));
        JsonNode byKakao = json(http.getForObject("/api/customers/by-kakao/kakao-jiyoung", String.class));
        JsonNode junho = json(http.getForObject("/api/customers/by-username/junho", String.class));

        assertThat(jiyoung.get("id").asLong()).isEqualTo(2);
        assertThat(jiyoung.get("grade").asText()).isEqualTo("SILVER");
        assertThat(jiyoung.get("points").asLong()).isEqualTo(3_500);
        assertThat(byKakao).isEqualTo(jiyoung);
        assertThat(junho.get("id").asLong()).isEqualTo(3);
        assertThat(junho.get("grade").asText()).isEqualTo("BRONZE");
        assertThat(junho.get("points").asLong()).isZero();
        assertThat(junho.get("kakaoUserKey").isNull()).isTrue();
    }

    @Test
    void openingBalancesAreInTheLedger() {
        JsonNode points = json(http.getForObject("/api/customers/2/points", String.class));

        assertThat(points.get("balance").asLong()).isEqualTo(3_500);
        assertThat(points.get("lifetime").asLong()).isEqualTo(3_500);
        assertThat(points.get("grade").asText()).isEqualTo("SILVER");
        assertThat(points.at("/ledger/0/eventId").asText()).isEqualTo("opening-2");
        assertThat(points.at("/ledger/0/delta").asLong()).isEqualTo(3_500);
        assertThat(points.at("/ledger/0/reason").asText()).isEqualTo("OPENING_BALANCE");
        assertThat(points.at("/ledger/0/at").asText()).isEqualTo("2026-01-01T00:00:00Z");
    }

    @Test
    void targetingFiltersCombineGradeMinimumGradePointsAndCategory() {
        long richBronze = TestCustomers.create(jdbc, 2_999);

        assertThat(ids("/api/customers?grade=GOLD")).contains(1L).doesNotContain(2L, 3L);
        assertThat(ids("/api/customers?minGrade=silver")).contains(1L, 2L).doesNotContain(3L, richBronze);
        assertThat(ids("/api/customers?minPoints=2999")).contains(1L, 2L, richBronze).doesNotContain(3L);
        assertThat(ids("/api/customers?minPoints=3000&grade=SILVER")).contains(2L).doesNotContain(1L, richBronze);
        // demo preferences: minsu coffee > beans > dessert, jiyoung dessert > tea > coffee
        assertThat(ids("/api/customers?category=coffee")).contains(1L, 2L);
        assertThat(ids("/api/customers?category=tea&minGrade=SILVER")).contains(2L).doesNotContain(1L);
        assertThat(ids("/api/customers?category=bakery")).doesNotContain(1L, 2L, 3L);
        // the promotion process sends empty parameters for filters it does not use
        assertThat(ids("/api/customers?minGrade=&minPoints=&category=")).contains(1L, 2L, 3L, richBronze);
        assertThat(ids("/api/customers?grade=&category=")).contains(1L, 2L, 3L, richBronze);
    }

    @Test
    void preferencesAreRankedByScore() {
        JsonNode preferences = json(http.getForObject("/api/customers/2/preferences", String.class));

        assertThat(preferences.get("categories").findValuesAsText("category"))
                .containsExactly("dessert", "tea", "coffee");
        assertThat(preferences.at("/categories/0/score").asLong()).isEqualTo(6);
        assertThat(preferences.at("/categories/0").properties()).extracting(Map.Entry::getKey)
                .containsExactly("category", "score");
    }

    private List<Long> ids(String path) {
        return json(http.getForObject(path, String.class)).findValues("id").stream().map(JsonNode::asLong).toList();
    }
}
