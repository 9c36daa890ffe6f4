package dev.commerce.customer.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;

import dev.commerce.customer.support.IntegrationTestBase;
import dev.commerce.customer.support.TestCustomers;
import dev.commerce.support.outbox.OutboxRelay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** Every 4xx path answers RFC 9457 problem+json with the CONTRIBUTING slug and changes nothing. */
class BadRequestsIT extends IntegrationTestBase {

    @Autowired
    private OutboxRelay relay;

    private long customer;

    /** The relay pauses meanwhile: an event a refused request wrongly wrote must still be in the outbox. */
    @BeforeEach
    void customer() {
        customer = TestCustomers.create(jdbc, 1_000);
        relay.stop();
    }

    @AfterEach
    void resumeRelay() {
        relay.start();
    }

    static Stream<Arguments> badRequests() {
        String coupons = "/api/customers/{id}/coupons";
        String yesterday = LocalDate.now().minusDays(2).toString();
        return Stream.of(
                post(coupons, "{\"campaign\":\"X\",\"discountPercent\":10,\"validDays\":3,\"extra\":1}", 400,
                        "malformed-request", "Unknown field 'extra'"),
                post(coupons, "{\"campaign\":\"X\",\"discountPercent\":10,", 400, "malformed-request",
                        "not valid JSON"),
                post(coupons, "{\"campaign\":\"X\",\"discountPercent\":\"ten\",\"validDays\":3}", 400,
                        "malformed-request", "discountPercent"),
                post(coupons, "{\"campaign\":\"X\",\"discountPercent\":12.5,\"validDays\":3}", 400,
                        "malformed-request", "discountPercent"),
                post(coupons, "{\"campaign\":\"X\",\"discountPercent\":10,\"validUntil\":\"2026-13-45\"}", 400,
                        "malformed-request", "validUntil"),
                post(coupons, "", 400, "malformed-request", "missing"),
                post(coupons, "{\"campaign\":\"X\",\"discountPercent\":0,\"validDays\":3}", 400,
                        "validation-failed", "discountPercent"),
                post(coupons, "{\"campaign\":\"X\",\"discountPercent\":91,\"validDays\":3}", 400,
                        "validation-failed", "discountPercent"),
                post(coupons, "{\"campaign\":\" \",\"discountPercent\":10,\"validDays\":3}", 400,
                        "validation-failed", "campaign"),
                post(coupons, "{\"discountPercent\":10,\"validDays\":3}", 400, "validation-failed", "campaign"),
                post(coupons, "{\"campaign\":\"X\",\"discountPercent\":10}", 400, "validation-failed",
                        "validUntil"),
                post(coupons, "{\"campaign\":\"X\",\"discountPercent\":10,\"validDays\":3,\"validUntil\":\"2099-01-01\"}",
                        400, "validation-failed", "not both"),
                post(coupons, "{\"campaign\":\"X\",\"discountPercent\":10,\"validUntil\":\"" + yesterday + "\"}", 400,
                        "validation-failed", "today or later"),
                post(coupons, "{\"campaign\":\"X\",\"discountPercent\":10,\"validDays\":0}", 400,
                        "validation-failed", "validDays"),
                post("/api/customers/987654321/coupons", "{\"campaign\":\"X\",\"discountPercent\":10,\"validDays\":3}",
                        404, "not-found", "987654321"),
                Arguments.of(HttpMethod.POST, coupons, MediaType.TEXT_PLAIN, "campaign=X", 415,
                        "unsupported-media-type", "text/plain"),
                get("/api/customers/987654321", 404, "not-found", "id 987654321"),
                get("/api/customers/by-username/nobody-here", 404, "not-found", "nobody-here"),
                get("/api/customers/by-kakao/kakao-nobody", 404, "not-found", "kakao-nobody"),
                get("/api/customers/987654321/points", 404, "not-found", "987654321"),
                get("/api/customers/987654321/preferences", 404, "not-found", "987654321"),
                get("/api/customers/987654321/coupons", 404, "not-found", "987654321"),
                get("/api/customers/abc", 400, "malformed-request", "'id'"),
                get("/api/customers?grade=PLATINUM", 400, "malformed-request", "GOLD"),
                get("/api/customers?minGrade=BEST", 400, "malformed-request", "minGrade"),
                get("/api/customers?minPoints=-1", 400, "validation-failed", "minPoints"),
                get("/api/customers?minPoints=lots", 400, "malformed-request", "minPoints"),
                get("/api/customers/{id}/points?limit=0", 400, "validation-failed", "limit"),
                get("/api/customers/{id}/points?limit=501", 400, "validation-failed", "limit"),
                get("/api/no-such-endpoint", 404, "not-found", "/api/no-such-endpoint"),
                Arguments.of(HttpMethod.DELETE, "/api/customers/{id}", null, null, 405, "method-not-allowed", "DELETE"));
    }

    @ParameterizedTest(name = "{0} {1} {3} -> {4} {5}")
    @MethodSource("badRequests")
    void answersProblemJsonAndChangesNothing(HttpMethod method, String path, MediaType contentType, String body,
                                             int status, String slug, String detailMentions) {
        long coupons = count("coupon");
        long publications = count("outbox_event");
        long ledger = count("points_ledger");
        var headers = new HttpHeaders();
        if (contentType != null) {
            headers.setContentType(contentType);
        }

        var response = http.exchange(path, method, new HttpEntity<>(body, headers), String.class, customer);

        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isNotNull()
                .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        var problem = json(response.getBody());
        assertThat(problem.get("type").asText()).isEqualTo("/problems/" + slug);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText() + " " + problem.path("errors")).contains(detailMentions);
        assertThat(problem.get("instance").asText()).startsWith("/api/");
        assertThat(response.getBody()).doesNotContain("Exception", "at dev.commerce", "SQL");
        if (slug.equals("validation-failed")) {
            assertThat(problem.get("errors").isArray()).isTrue();
            assertThat(problem.get("errors").get(0).has("field")).isTrue();
            assertThat(problem.get("errors").get(0).has("message")).isTrue();
        }
        assertThat(count("coupon")).isEqualTo(coupons);
        assertThat(count("outbox_event")).isEqualTo(publications);
        assertThat(count("points_ledger")).isEqualTo(ledger);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static Arguments post(String path, String body, int status, String slug, String detailMentions) {
        return Arguments.of(HttpMethod.POST, path, MediaType.APPLICATION_JSON, body, status, slug, detailMentions);
    }

    private static Arguments get(String path, int status, String slug, String detailMentions) {
        return Arguments.of(HttpMethod.GET, path, null, null, status, slug, detailMentions);
    }
}
