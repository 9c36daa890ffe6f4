package dev.commerce.item;

import org.junit.jupiter.api.Test;

import dev.commerce.item.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators and the platform rely on besides the API: probes, metrics, the OpenAPI document. */
class OperationsIT extends IntegrationTestBase {

    @Test
    void livenessAndReadinessProbesAnswerUp() {
        var liveness = api.get("/actuator/health/liveness");
        var readiness = api.get("/actuator/health/readiness");

        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.json().path("status").asText()).isEqualTo("UP");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void prometheusExposesRequestMetrics() {
        api.get("/api/items/1");

        var metrics = api.get("/actuator/prometheus");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds_count").contains("application=\"item-service\"")
                .contains("outbox_backlog_events").contains("outbox_oldest_event_age_seconds")
                .contains("outbox_parked_events").contains("outbox_lanes_owned{").contains("outbox_sends_total{")
                .contains("outbox_acks_total{");
    }

    @Test
    void openApiDescribesTheCatalogueAndReservations() {
        var docs = api.get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("paths").has("/api/items")).isTrue();
        assertThat(docs.json().path("paths").has("/api/items/by-sku/{sku}")).isTrue();
        assertThat(docs.json().path("paths").path("/api/reservations/{orderNumber}").has("delete")).isTrue();
    }
}
