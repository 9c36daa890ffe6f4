package dev.commerce.launcher.component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One part of the platform the launcher starts: the broker, a Spring Boot service, Keycloak. The launcher
 * starts a component once everything in {@link #dependsOn()} is ready, and independent ones in parallel.
 */
public interface Component {

    String name();

    /**
     * The logical name callers use ({@code item-service}); the same for every instance of a service, whose
     * {@link #name()} is {@code item-service-2} for the second.
     */
    default String serviceName() {
        return name();
    }

    /** Whether callers find it through the services' discovery lists (HTTP services do; the broker does not). */
    default boolean discoverable() {
        return false;
    }

    int port();

    /** Components that must be ready first; a dependency left out with {@code --skip} counts as external. */
    List<String> dependsOn();

    /** Maven modules {@code run.sh} builds before starting this component. */
    List<String> modules();

    /** The base URL other components use to reach this one, or the address for non-HTTP components. */
    String address();

    /**
     * Variables every service child gets so it finds this component ({@code ITEM_SERVICE_URL},
     * {@code KAFKA_BOOTSTRAP_SERVERS}); the names match the placeholders in the services' application.yml.
     */
    Map<String, String> exports();

    /** Empty when the component can start; otherwise why it is skipped (for example: jar not built yet). */
    Optional<String> unavailableReason(LaunchContext context);

    /** Starts the component and returns once it is ready; throws a {@code StartupException} otherwise. */
    RunningComponent start(LaunchContext context);

    /**
     * A process of this component that a killed launcher left running, when the component keeps its own record
     * of it (children the launcher spawns itself are found through the launcher's pid file).
     */
    default Optional<ProcessHandle> leftover(LaunchContext context) {
        return Optional.empty();
    }

    /** {@code item-service} → {@code ITEM_SERVICE}: the prefix of its environment variables. */
    static String envPrefix(String name) {
        return name.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }
}
