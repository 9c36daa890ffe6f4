package dev.commerce.gateway.ownership;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commerce.gateway.support.GatewayIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * No IDOR: the customer is the token's {@code customer_id}, never the path, query or body. minsu is customer 1,
 * jiyoung customer 2. Order numbers are unique per test because the gateway remembers owners.
 */
class OwnershipIT extends GatewayIntegrationTest {

    private String minsusOrder;
    private String jiyoungsOrder;

    @BeforeEach
    void orders() {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        minsusOrder = "ORD-M" + suffix;
        jiyoungsOrder = "ORD-J" + suffix;
        ORDERS.stubFor(get(urlPathEqualTo("/api/orders/" + minsusOrder)).willReturn(okJson(order(minsusOrder, 1, "김민수"))));
        ORDERS.stubFor(get(urlPathEqualTo("/api/orders/" + jiyoungsOrder)).willReturn(okJson(order(jiyoungsOrder, 2, "이지영"))));
        ORDERS.stubFor(get(urlPathMatching("/api/orders/ORD-[MJ].*/delivery")).willReturn(okJson("{\"status\":\"SHIPPED\"}")));
        ORDERS.stubFor(post(urlPathMatching("/api/orders/ORD-[MJ].*/cancel")).willReturn(okJson("{\"status\":\"CANCELLED\"}")));
        ORDERS.stubFor(get(urlPathMatching("/api/orders/ORD-404.*")).willReturn(aResponse().withStatus(404)));
        ORDERS.stubFor(get(urlPathEqualTo("/api/orders")).willReturn(okJson("[]")));
        ORDERS.stubFor(post(urlPathEqualTo("/api/orders")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(order("ORD-NEW", 1, "김민수"))));
        ENGINE.stubFor(get(urlPathMatching("/api/orders/.*/tracking")).willReturn(okJson("{\"state\":\"WAITING\"}")));
        CUSTOMERS.stubFor(get(urlPathMatching("/api/customers/.*")).willReturn(okJson("{\"id\":1}")));
    }

    @Test
    void aCustomerReadsTheirOwnOrderAndTheOwnerIsRemembered() {
        read("minsu", "/api/orders/" + minsusOrder).expectStatus().isOk()
                .expectBody().jsonPath("$.orderNumber").isEqualTo(minsusOrder);
        read("minsu", "/api/orders/" + minsusOrder + "/delivery").expectStatus().isOk();

        // one ownership lookup, then the two forwarded reads
        ORDERS.verify(2, getRequestedFor(urlPathEqualTo("/api/orders/" + minsusOrder)));
        ORDERS.verify(1, getRequestedFor(urlPathEqualTo("/api/orders/" + minsusOrder + "/delivery")));
    }

    @Test
    void someoneElsesOrderIsNotFound() {
        read("minsu", "/api/orders/" + jiyoungsOrder).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/not-found")
                .jsonPath("$.detail").isEqualTo("Order " + jiyoungsOrder + " not found.")
                .consumeWith(body -> assertThat(new String(body.getResponseBodyContent())).doesNotContain("이지영"));
    }

    @Test
    void someoneElsesDeliveryTrackingAndCancelAreNotFoundAndNeverForwarded() {
        read("minsu", "/api/orders/" + jiyoungsOrder + "/delivery").expectStatus().isNotFound();
        read("minsu", "/api/orders/" + jiyoungsOrder + "/tracking").expectStatus().isNotFound();
        client.post().uri("/api/orders/" + jiyoungsOrder + "/cancel").header(HttpHeaders.AUTHORIZATION, bearer("minsu"))
                .exchange().expectStatus().isNotFound();

        ORDERS.verify(0, getRequestedFor(urlPathEqualTo("/api/orders/" + jiyoungsOrder + "/delivery")));
        ORDERS.verify(0, postRequestedFor(urlPathEqualTo("/api/orders/" + jiyoungsOrder + "/cancel")));
        ENGINE.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aCustomerTracksAndCancelsTheirOwnOrder() {
        read("minsu", "/api/orders/" + minsusOrder + "/tracking").expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("WAITING");
        client.post().uri("/api/orders/" + minsusOrder + "/cancel").header(HttpHeaders.AUTHORIZATION, bearer("minsu"))
                .exchange().expectStatus().isOk();

        ENGINE.verify(1, getRequestedFor(urlPathEqualTo("/api/orders/" + minsusOrder + "/tracking")));
    }

    @Test
    void aMissingOrderIsNotFound() {
        read("minsu", "/api/orders/ORD-404" + minsusOrder.substring(5)).expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("/problems/not-found");
    }

    @Test
    void operatorsReadEveryOrderWithoutALookup() {
        read("operator", "/api/orders/" + jiyoungsOrder).expectStatus().isOk()
                .expectBody().jsonPath("$.customerId").isEqualTo(2);

        ORDERS.verify(1, getRequestedFor(urlPathEqualTo("/api/orders/" + jiyoungsOrder)));
    }

    @Test
    void aCustomerCannotOrderForSomeoneElse() {
        place("{\"customerId\":2,\"lines\":[{\"itemId\":1,\"quantity\":1}]}").expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("/problems/forbidden");
        place("{\"customerId\":\"2\",\"lines\":[]}").expectStatus().isForbidden();

        ORDERS.verify(0, postRequestedFor(urlPathEqualTo("/api/orders")));
    }

    @Test
    void aCustomersOrderIsPlacedForThemWhenTheBodyNamesNoOne() {
        place("{\"lines\":[{\"itemId\":1,\"quantity\":2}]}").expectStatus().isCreated();
        place("{\"customerId\":1,\"lines\":[{\"itemId\":3,\"quantity\":1}]}").expectStatus().isCreated();

        ORDERS.verify(1, postRequestedFor(urlPathEqualTo("/api/orders"))
                .withRequestBody(matchingJsonPath("$.customerId", equalTo("1")))
                .withRequestBody(matchingJsonPath("$.lines[0].quantity", equalTo("2"))));
        ORDERS.verify(2, postRequestedFor(urlPathEqualTo("/api/orders")).withRequestBody(matchingJsonPath("$.customerId", equalTo("1"))));
    }

    @Test
    void anOrderThatIsNotJsonIsAMalformedRequest() {
        place("customerId=2").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("/problems/malformed-request");

        ORDERS.verify(0, postRequestedFor(urlPathEqualTo("/api/orders")));
    }

    @Test
    void aCustomerListsOnlyTheirOwnOrders() {
        read("minsu", "/api/orders").expectStatus().isOk();
        read("minsu", "/api/orders?customerId=1").expectStatus().isOk();
        read("minsu", "/api/orders?customerId=2").expectStatus().isForbidden();
        read("minsu", "/api/orders?customerId=1&customerId=2").expectStatus().isForbidden();

        ORDERS.verify(2, getRequestedFor(urlEqualTo("/api/orders?customerId=1")));
        ORDERS.verify(2, getRequestedFor(urlPathEqualTo("/api/orders")));
    }

    @Test
    void aCustomerReadsOnlyTheirOwnRecordPointsAndCoupons() {
        read("minsu", "/api/customers/2").expectStatus().isForbidden();
        read("minsu", "/api/customers/2/points").expectStatus().isForbidden();
        read("minsu", "/api/customers/2/coupons").expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("/problems/forbidden");
        read("jiyoung", "/api/customers/1/points").expectStatus().isForbidden();
        CUSTOMERS.verify(0, anyRequestedFor(anyUrl()));

        read("minsu", "/api/customers/1/points").expectStatus().isOk();
        read("minsu", "/api/customers/me/coupons").expectStatus().isOk();
        read("jiyoung", "/api/customers/me").expectStatus().isOk();
        CUSTOMERS.verify(1, getRequestedFor(urlPathEqualTo("/api/customers/1/points")));
        CUSTOMERS.verify(1, getRequestedFor(urlPathEqualTo("/api/customers/1/coupons")));
        CUSTOMERS.verify(1, getRequestedFor(urlPathEqualTo("/api/customers/2")));
    }

    @Test
    void operatorsReadAnyCustomerButHaveNoMe() {
        read("operator", "/api/customers/2/points").expectStatus().isOk();
        read("operator", "/api/customers/me").expectStatus().isNotFound();
    }

    @Test
    void pathTricksDoNotReachAnotherCustomer() {
        read("minsu", "/api/customers/1/..%2F2/points").expectStatus().value(status -> assertThat(status).isIn(400, 403));
        read("minsu", "/api/customers/%32/points").expectStatus().isForbidden();
        read("minsu", "/api/customers/1;id=2/points").expectStatus().value(status -> assertThat(status).isIn(400, 403));

        CUSTOMERS.verify(0, anyRequestedFor(anyUrl()));
    }

    private WebTestClient.ResponseSpec read(String user, String path) {
        return client.get().uri(raw(path))
                .header(HttpHeaders.AUTHORIZATION, bearer(user)).exchange();
    }

    private WebTestClient.ResponseSpec place(String body) {
        return client.post().uri("/api/orders").header(HttpHeaders.AUTHORIZATION, bearer("minsu"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static String order(String orderNumber, long customerId, String name) {
        return """
                {"orderNumber":"%s","customerId":%d,"status":"PLACED","customerName":"%s","lines":[],"total":4500}"""
                .formatted(orderNumber, customerId, name);
    }
}
