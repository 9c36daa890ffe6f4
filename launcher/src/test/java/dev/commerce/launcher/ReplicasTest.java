package dev.commerce.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.launcher.component.Component;
import dev.commerce.launcher.component.JavaService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplicasTest {

    private final List<Component> catalog = PlatformComponents.defaults(Map.of());

    @Test
    void everyScaledServiceIsFollowedByItsInstancesOnTheirPorts() {
        List<Component> instances = new Replicas(2, Map.of("chatbot-adapter", 3, "gateway", 1)).expand(catalog, Map.of());

        assertThat(instances).extracting(Component::name).containsExactly("kafka", "keycloak",
                "item-service", "item-service-2", "customer-service", "customer-service-2",
                "order-service", "order-service-2", "process-engine", "process-engine-2",
                "chatbot-adapter", "chatbot-adapter-2", "chatbot-adapter-3", "gateway");
        assertThat(find(instances, "item-service-2").port()).isEqualTo(18082);
        assertThat(find(instances, "chatbot-adapter-3").port()).isEqualTo(28084);
        assertThat(find(instances, "process-engine-2").serviceName()).isEqualTo("process-engine");
        // a further instance waits for the first one: only one instance creates or migrates a schema
        assertThat(find(instances, "order-service-2").dependsOn()).containsExactly("kafka", "order-service");
    }

    @Test
    void aFurtherInstanceTakesItsOwnPortOverride() {
        List<Component> instances = new Replicas(2, Map.of()).expand(catalog, Map.of("ITEM_SERVICE_2_PORT", "19082"));

        assertThat(find(instances, "item-service-2").port()).isEqualTo(19082);
    }

    @Test
    void servicesWithStateBetweenRequestsGetTheRedisProfileOnlyWhenScaled() {
        List<Component> scaled = new Replicas(2, Map.of("item-service", 1)).expand(catalog, Map.of());
        assertThat(((JavaService) find(scaled, "gateway-2")).keepsSharedStateInRedis()).isTrue();
        assertThat(((JavaService) find(scaled, "item-service")).keepsSharedStateInRedis()).isFalse();

        assertThat(new Replicas(2, Map.of()).scaled(catalog)).isTrue();
        assertThat(Replicas.one().scaled(catalog)).isFalse();
        assertThat(new Replicas(1, Map.of("gateway", 2)).scaled(catalog)).isTrue();
    }

    @Test
    void theBrokerAndKeycloakRunOnceAndUnknownServicesAreRefused() {
        assertThat(new Replicas(3, Map.of()).expand(catalog, Map.of())).extracting(Component::name)
                .containsOnlyOnce("kafka", "keycloak");
        assertThatThrownBy(() -> new Replicas(1, Map.of("kafka", 2)).requireKnown(catalog))
                .hasMessageContaining("--scale names kafka, which is not a service");
        assertThatThrownBy(() -> new Replicas(1, Map.of("billing", 2)).requireKnown(catalog))
                .hasMessageContaining("billing");
    }

    @Test
    void everyCallerLearnsEveryInstanceOfEveryServiceAsSpringCloudDiscoveryLists() throws Exception {
        List<Component> instances = new Replicas(2, Map.of("gateway", 1)).expand(catalog, Map.of());

        JsonNode json = new ObjectMapper().readTree(ClusterEnvironment.of(instances, Map.of()).get("SPRING_APPLICATION_JSON"));
        JsonNode lists = json.at("/spring/cloud/discovery/client/simple/instances");

        assertThat(lists.path("item-service").findValuesAsText("uri"))
                .containsExactly("http://localhost:8082", "http://localhost:18082");
        assertThat(lists.path("chatbot-adapter").findValuesAsText("uri"))
                .containsExactly("http://localhost:8084", "http://localhost:18084");
        assertThat(lists.path("gateway").findValuesAsText("uri")).containsExactly("http://localhost:8080");
        assertThat(lists.has("kafka")).isFalse();
        assertThat(lists.has("keycloak")).isFalse();
    }

    @Test
    void callersBalanceOverHealthyInstancesAndStoppingOnesDrainUnlessTheLauncherWasToldOtherwise() {
        List<Component> instances = new Replicas(2, Map.of()).expand(catalog, Map.of());

        assertThat(ClusterEnvironment.of(instances, Map.of())).containsEntry("LOADBALANCER_CONFIGURATIONS", "health-check")
                .containsEntry("SHUTDOWN_DRAIN_DELAY", "3s");
        assertThat(ClusterEnvironment.of(instances, Map.of("SHUTDOWN_DRAIN_DELAY", "10s")))
                .containsEntry("SHUTDOWN_DRAIN_DELAY", "10s");
    }

    private static Component find(List<Component> components, String name) {
        return components.stream().filter(component -> component.name().equals(name)).findFirst().orElseThrow();
    }
}
