package dev.commerce.order;

import dev.commerce.order.support.Api;
import dev.commerce.order.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;

import static dev.commerce.order.support.CatalogItem.LATTE;
import static org.assertj.core.api.Assertions.assertThat;

class OperationsIT extends IntegrationTestBase {

    @Test
    void healthGroupsAreUp() {
        assertThat(api.get("/actuator/health/liveness").body().path("status").asText()).isEqualTo("UP");
        assertThat(api.get("/actuator/health/readiness").body().path("status").asText()).isEqualTo("UP");
        assertThat(api.get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void prometheusExposesRequestAndCircuitBreakerMetrics() {
        placeOrder(50, LATTE.times(1));

        Api.Reply metrics = api.get("/actuator/prometheus");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body().asText())
                .contains("http_server_requests_seconds_count{application=\"order-service\"")
                .contains("uri=\"/api/orders\"")
                .contains("resilience4j_circuitbreaker_state")
                .contains("orders_outbox_incomplete")
                .contains("outbox_backlog_events").contains("outbox_oldest_event_age_seconds")
                .contains("outbox_lanes_owned{").contains("outbox_acks_total{")
                .contains("orders_releases_pending");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        Api.Reply docs = api.get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().path("paths").has("/api/orders")).isTrue();
        assertThat(docs.body().path("paths").has("/api/orders/{orderNumber}/cancel")).isTrue();
        assertThat(docs.body().path("paths").has("/api/orders/{orderNumber}/delivery-events")).isTrue();
        assertThat(docs.body().path("paths").has("/api/orders/{orderNumber}/delivery")).isTrue();
    }
}
