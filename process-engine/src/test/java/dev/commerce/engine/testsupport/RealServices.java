package dev.commerce.engine.testsupport;

import dev.commerce.launcher.Platform;
import dev.commerce.launcher.PlatformComponents;
import dev.commerce.launcher.PlatformSpec;
import dev.commerce.launcher.RepositoryRoot;
import dev.commerce.launcher.RunningPlatform;
import dev.commerce.launcher.process.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real KRaft broker and the real item-, customer- and order-service jars as child JVMs (the launcher module),
 * on free ports with fresh demo data. Started before the Spring context of the test class, stopped after it.
 * Without the built jars the tests are skipped locally and fail on CI (CI=true), where the reactor builds them
 * before this module.
 */
public final class RealServices implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {

  public static final List<String> SERVICES = List.of("item-service", "customer-service", "order-service");
  private static volatile RunningPlatform platform;

  public static RunningPlatform platform() {
    if (platform == null) {
      throw new IllegalStateException("RealServices extension has not started the platform");
    }
    return platform;
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    List<String> missing = missingJars();
    if (missing.isEmpty() || "true".equalsIgnoreCase(System.getenv("CI"))) {
      return ConditionEvaluationResult.enabled("service jars present (or CI, where missing jars must fail)");
    }
    return ConditionEvaluationResult.disabled("real service jars not built yet: " + missing
        + " (./mvnw -pl item-service,customer-service,order-service -am package -DskipTests)");
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    List<String> missing = missingJars();
    if (!missing.isEmpty()) {
      throw new IllegalStateException("real service jars missing: " + missing);
    }
    Path dataDir = Path.of("target", "real-services").toAbsolutePath();
    deleteRecursively(dataDir);
    Map<String, String> ports = Map.of("KAFKA_PORT", String.valueOf(Ports.freePort()),
        "ITEM_SERVICE_PORT", String.valueOf(Ports.freePort()),
        "CUSTOMER_SERVICE_PORT", String.valueOf(Ports.freePort()),
        "ORDER_SERVICE_PORT", String.valueOf(Ports.freePort()));
    PlatformSpec spec = PlatformSpec.builder(RepositoryRoot.detect())
        .dataDir(dataDir)
        .components(PlatformComponents.defaults(ports))
        .only(Set.of("kafka", "item-service", "customer-service", "order-service"))
        .progress(line -> System.out.println("[real-services] " + line))
        .build();
    platform = Platform.start(spec);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (platform != null) {
      platform.close();
      platform = null;
    }
  }

  private static List<String> missingJars() {
    Path root = RepositoryRoot.detect();
    return SERVICES.stream()
        .filter(module -> !Files.isRegularFile(root.resolve(module).resolve("target")
            .resolve(module + "-0.1.0-SNAPSHOT.jar")))
        .toList();
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
