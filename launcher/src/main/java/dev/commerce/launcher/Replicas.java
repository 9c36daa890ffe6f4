package dev.commerce.launcher;

import dev.commerce.launcher.component.Component;
import dev.commerce.launcher.component.JavaService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How many instances of each service run ({@code --replicas N}, {@code --scale a=n,b=m}) and the components that
 * makes: the n-th instance of {@code item-service} is {@code item-service-<n>} on the first one's port + 10000·(n−1)
 * ({@code ITEM_SERVICE_2_PORT} overrides it). One instance each is the embedded default.
 *
 * @param all        instances of every service unless {@code perService} names it
 * @param perService instances of single services
 */
public record Replicas(int all, Map<String, Integer> perService) {

    /** Ports above 65535 would follow; five instances of each service is far beyond one machine anyway. */
    public static final int MAX = 5;
    public static final int PORT_STEP = 10_000;

    public Replicas {
        perService = Map.copyOf(perService);
        requireCount("--replicas", all);
        perService.forEach((service, count) -> requireCount("--scale " + service, count));
    }

    public static Replicas one() {
        return new Replicas(1, Map.of());
    }

    public int count(Component component) {
        if (!(component instanceof JavaService)) {
            return 1;
        }
        return perService.getOrDefault(component.serviceName(), all);
    }

    /** True when any service that starts runs as more than one instance. */
    public boolean scaled(List<Component> components) {
        return components.stream().anyMatch(component -> count(component) > 1);
    }

    /** Every name in {@code --scale} must be a service of the catalogue (the broker and Keycloak run once). */
    void requireKnown(List<Component> catalog) {
        Set<String> services = catalog.stream().filter(JavaService.class::isInstance).map(Component::name)
                .collect(Collectors.toSet());
        for (String name : perService.keySet()) {
            if (!services.contains(name)) {
                throw new IllegalArgumentException("--scale names " + name + ", which is not a service; services: "
                        + String.join(", ", services.stream().sorted().toList()));
            }
        }
    }

    /** The components to start: each scaled service followed by its further instances. */
    List<Component> expand(List<Component> components, Map<String, String> env) {
        List<Component> instances = new ArrayList<>();
        for (Component component : components) {
            int count = count(component);
            if (count > 1 && component instanceof JavaService service) {
                if (service.keepsSharedStateInRedis()) {
                    service.withProfiles(List.of("redis"));
                }
                instances.add(service);
                for (int n = 2; n <= count; n++) {
                    String name = service.name() + "-" + n;
                    instances.add(service.replica(n, PlatformComponents.port(env, name,
                            service.port() + PORT_STEP * (n - 1))));
                }
            } else {
                instances.add(component);
            }
        }
        return List.copyOf(instances);
    }

    /** Logical name → the base URLs of its instances, for the callers' discovery lists. */
    static Map<String, List<String>> discovery(List<Component> instances) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        instances.stream().filter(Component::discoverable).forEach(instance ->
                lists.computeIfAbsent(instance.serviceName(), name -> new ArrayList<>()).add(instance.address()));
        return lists;
    }

    private static void requireCount(String option, int count) {
        if (count < 1 || count > MAX) {
            throw new IllegalArgumentException(option + " must be between 1 and " + MAX + ": " + count);
        }
    }
}
