package dev.commerce.launcher;

import dev.commerce.launcher.component.Component;
import dev.commerce.launcher.component.JavaService;
import dev.commerce.launcher.component.KafkaBrokerComponent;
import dev.commerce.launcher.component.KeycloakComponent;
import java.util.List;
import java.util.Map;

/**
 * The platform, one entry per component, dependencies before dependents. A component whose jar is not built
 * is reported and skipped, so this list may name modules that are still being written. Every port can be
 * overridden with {@code <NAME>_PORT} ({@code ITEM_SERVICE_PORT=18082}). The services marked
 * {@code sharedStateInRedis} keep state between requests (web sessions, conversations, rate limits) that moves to
 * Redis when they run as several instances ({@link Replicas}).
 */
public final class PlatformComponents {

    private PlatformComponents() {
    }

    public static List<Component> defaults(Map<String, String> env) {
        return List.of(
                new KafkaBrokerComponent(port(env, "kafka", 9092)),
                new KeycloakComponent(port(env, "keycloak", 8180)),
                JavaService.springBootModule("item-service", port(env, "item-service", 8082)).dependsOn("kafka"),
                JavaService.springBootModule("customer-service", port(env, "customer-service", 8083))
                        .dependsOn("kafka"),
                // order-service calls item and customer service per request, not at start: no need to wait
                JavaService.springBootModule("order-service", port(env, "order-service", 8081)).dependsOn("kafka"),
                JavaService.springBootModule("process-engine", port(env, "process-engine", 8090))
                        .dependsOn("kafka").link("cockpit", "/camunda").sharedStateInRedis(),
                JavaService.springBootModule("chatbot-adapter", port(env, "chatbot-adapter", 8084))
                        .dependsOn("process-engine").sharedStateInRedis(),
                // the gateway validates every token against Keycloak's keys
                JavaService.springBootModule("gateway", port(env, "gateway", 8080)).dependsOn("keycloak")
                        .sharedStateInRedis());
    }

    static int port(Map<String, String> env, String component, int defaultPort) {
        String value = env.get(Component.envPrefix(component) + "_PORT");
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Component.envPrefix(component) + "_PORT is not a port: " + value, e);
        }
    }
}
