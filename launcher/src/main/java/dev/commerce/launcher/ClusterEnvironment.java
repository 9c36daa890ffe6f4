package dev.commerce.launcher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.launcher.component.Component;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every service gets when services run as several instances (docs/operations.md "Several replicas"):
 * <ul>
 * <li>{@code SPRING_APPLICATION_JSON}: every logical name's full instance list for Spring Cloud's simple discovery
 *     client, which replaces the one-element lists of the services' application.yml
 *     ({@code spring.cloud.discovery.client.simple.instances.item-service[0].uri: ${ITEM_SERVICE_URL}}); Spring
 *     Cloud LoadBalancer round-robins over it;</li>
 * <li>{@code LOADBALANCER_CONFIGURATIONS=health-check}: callers drop an instance whose readiness is DOWN;</li>
 * <li>{@code SHUTDOWN_DRAIN_DELAY=3s}: a stopping instance serves on while the callers' health checks notice.</li>
 * </ul>
 * A value in the launcher's own environment wins over these defaults.
 */
final class ClusterEnvironment {

    static final String DRAIN_DELAY = "3s";

    private ClusterEnvironment() {
    }

    static Map<String, String> of(List<Component> instances, Map<String, String> launcherEnvironment) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPRING_APPLICATION_JSON", discoveryJson(Replicas.discovery(instances)));
        env.put("LOADBALANCER_CONFIGURATIONS", "health-check");
        env.put("SHUTDOWN_DRAIN_DELAY", DRAIN_DELAY);
        launcherEnvironment.forEach((key, value) -> {
            if (env.containsKey(key) && !key.equals("SPRING_APPLICATION_JSON")) {
                env.put(key, value);
            }
        });
        return env;
    }

    static String discoveryJson(Map<String, List<String>> lists) {
        Map<String, Object> instances = new LinkedHashMap<>();
        lists.forEach((service, uris) -> instances.put(service, uris.stream().map(uri -> Map.of("uri", uri)).toList()));
        Map<String, Object> json = Map.of("spring", Map.of("cloud", Map.of("discovery", Map.of("client",
                Map.of("simple", Map.of("instances", instances))))));
        try {
            return new ObjectMapper().writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
