package dev.commerce.launcher.component;

import dev.commerce.launcher.process.ChildProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What every component gets at start.
 *
 * @param repositoryRoot      the checkout (module folders with their {@code target/} jars)
 * @param dataDir             {@code .platform} by default: {@code kafka/}, {@code data/<service>/}, {@code logs/}
 * @param profile             {@code mysql}, or empty for the embedded default
 * @param startTimeout        how long one component may take to become ready
 * @param sharedEnvironment   variables every service child gets (service URLs, Kafka bootstrap servers)
 * @param launcherEnvironment the launcher's own environment (port and JVM option overrides)
 * @param onSpawn             told about every child process as soon as it exists, so an interrupted start
 *                            still stops it
 */
public record LaunchContext(Path repositoryRoot, Path dataDir, Optional<String> profile, Duration startTimeout,
                            Map<String, String> sharedEnvironment, Map<String, String> launcherEnvironment,
                            Consumer<ChildProcess> onSpawn) {

    public Path logsDir() {
        return dataDir.resolve("logs");
    }

    public Path logFile(String component) {
        return logsDir().resolve(component + ".log");
    }

    public Optional<String> env(String name) {
        return Optional.ofNullable(launcherEnvironment.get(name)).filter(value -> !value.isBlank());
    }
}
