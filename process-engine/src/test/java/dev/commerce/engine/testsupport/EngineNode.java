package dev.commerce.engine.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One node of an engine cluster: the built {@code process-engine} jar in its own JVM (as the launcher and a
 * container run it), configured only through its environment, with its output in {@code target/cluster/<id>.log}.
 */
public final class EngineNode implements AutoCloseable {

  private static final List<String> JVM_OPTIONS = List.of("-Xms64m", "-Xmx512m", "-XX:TieredStopAtLevel=1",
      "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8");

  private final String instanceId;
  private final int port;
  private final Process process;
  private final Path log;

  private EngineNode(String instanceId, int port, Process process, Path log) {
    this.instanceId = instanceId;
    this.port = port;
    this.process = process;
    this.log = log;
  }

  /** Starts the node with {@code INSTANCE_ID} and {@code SERVER_PORT} of its own on top of the given environment. */
  public static EngineNode start(String instanceId, Map<String, String> environment) {
    try {
      int port = freePort();
      Path log = Path.of("target", "cluster", instanceId + ".log").toAbsolutePath();
      Files.createDirectories(log.getParent());
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(JVM_OPTIONS);
      command.add("-jar");
      command.add(jar().toString());
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      builder.environment().put("INSTANCE_ID", instanceId);
      builder.environment().put("SERVER_PORT", Integer.toString(port));
      return new EngineNode(instanceId, port, builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path jar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(file -> file.getFileName().toString().matches("process-engine-.*\\.jar"))
          .findFirst().orElseThrow(() -> new IllegalStateException("no target/process-engine-*.jar: run package"))
          .toAbsolutePath();
    }
  }

  /** Waits until the readiness probe answers 200, as the launcher does before it starts the next node. */
  public EngineNode awaitReady(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(instanceId + " exited with " + process.exitValue() + ":\n" + logTail());
      }
      try {
        if (http().get("/actuator/health/readiness").status() == 200) {
          return this;
        }
      } catch (IllegalStateException notYetListening) {
        // the port opens late in the start
      }
      sleep(500);
    }
    throw new IllegalStateException(instanceId + " not ready within " + timeout + ":\n" + logTail());
  }

  public String instanceId() {
    return instanceId;
  }

  public HttpCalls http() {
    return new HttpCalls("http://localhost:" + port);
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL: no shutdown hook, no graceful anything; what the node held stays as it was in the database. */
  public void kill() {
    process.destroyForcibly();
    awaitExit(Duration.ofSeconds(30));
  }

  /** SIGTERM, as a rolling update or Ctrl-C sends it; true when the node exited by itself within the timeout. */
  public boolean stopGracefully(Duration timeout) {
    process.destroy();
    return awaitExit(timeout);
  }

  private boolean awaitExit(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  public String logTail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
      awaitExit(Duration.ofSeconds(30));
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
