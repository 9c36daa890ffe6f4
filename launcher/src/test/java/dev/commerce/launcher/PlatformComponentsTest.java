package dev.commerce.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.commerce.launcher.component.Component;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlatformComponentsTest {

    @Test
    void usesThePortsOfTheArchitecture() {
        Map<String, Integer> ports = PlatformComponents.defaults(Map.of()).stream()
                .collect(Collectors.toMap(Component::name, Component::port));

        assertThat(ports).containsEntry("kafka", 9092).containsEntry("order-service", 8081)
                .containsEntry("item-service", 8082).containsEntry("customer-service", 8083)
                .containsEntry("chatbot-adapter", 8084).containsEntry("process-engine", 8090)
                .containsEntry("gateway", 8080);
        assertThat(ports.values()).doesNotHaveDuplicates();
    }

    @Test
    void everyPortCanBeOverriddenFromTheEnvironment() {
        List<Component> components = PlatformComponents.defaults(
                Map.of("ITEM_SERVICE_PORT", "18082", "KAFKA_PORT", "19092"));

        assertThat(components).filteredOn(c -> c.name().equals("item-service"))
                .singleElement().satisfies(c -> {
                    assertThat(c.port()).isEqualTo(18082);
                    assertThat(c.exports()).containsEntry("ITEM_SERVICE_URL", "http://localhost:18082");
                });
        assertThat(components.get(0).exports()).containsEntry("KAFKA_BOOTSTRAP_SERVERS", "localhost:19092");
    }

    @Test
    void aPortThatIsNotANumberIsReportedByItsVariable() {
        assertThatThrownBy(() -> PlatformComponents.defaults(Map.of("GATEWAY_PORT", "eighty")))
                .hasMessage("GATEWAY_PORT is not a port: eighty");
    }

    @Test
    void servicesFindEachOtherUnderTheVariablesTheirConfigurationReads() {
        Map<String, String> exports = new java.util.HashMap<>();
        PlatformComponents.defaults(Map.of()).forEach(component -> exports.putAll(component.exports()));

        assertThat(exports).containsKeys("KAFKA_BOOTSTRAP_SERVERS", "ITEM_SERVICE_URL", "CUSTOMER_SERVICE_URL",
                "ORDER_SERVICE_URL", "PROCESS_ENGINE_URL", "CHATBOT_ADAPTER_URL", "GATEWAY_URL");
    }
}
