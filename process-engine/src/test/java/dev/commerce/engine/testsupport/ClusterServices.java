package dev.commerce.engine.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in instance of a domain service for the cluster test's models: {@code POST /cluster/calls/{delayMillis}/{id}}
 * counts the call for {@code id} when it arrives, waits {@code delayMillis} (a slow job) and answers 200. It answers
 * its readiness probe UP, or DOWN for an instance that is draining; any other request is counted as unexpected.
 */
public final class ClusterServices implements AutoCloseable {

  private final HttpServer server;
  private final boolean ready;
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger unexpected = new AtomicInteger();

  private ClusterServices(boolean ready) throws IOException {
    this.ready = ready;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(24));
    server.createContext("/", this::handle);
    server.start();
  }

  /** An instance whose readiness is UP ({@code ready}) or DOWN. */
  public static ClusterServices start(boolean ready) {
    try {
      return new ClusterServices(ready);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public int calls(String id) {
    AtomicInteger count = calls.get(id);
    return count == null ? 0 : count.get();
  }

  public Map<String, AtomicInteger> calls() {
    return calls;
  }

  public int inFlight() {
    return inFlight.get();
  }

  public int unexpected() {
    return unexpected.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      exchange.getRequestBody().readAllBytes();
      String path = exchange.getRequestURI().getPath();
      if (path.equals("/actuator/health/readiness")) {
        answer(exchange, ready ? 200 : 503, ready ? "{\"status\":\"UP\"}" : "{\"status\":\"OUT_OF_SERVICE\"}");
      } else if (ready && path.startsWith("/cluster/calls/")) {
        String[] parts = path.substring("/cluster/calls/".length()).split("/");
        calls.computeIfAbsent(parts[1], id -> new AtomicInteger()).incrementAndGet();
        inFlight.incrementAndGet();
        try {
          Thread.sleep(Long.parseLong(parts[0]));
          answer(exchange, 200, "{\"id\":\"" + parts[1] + "\"}");
        } finally {
          inFlight.decrementAndGet();
        }
      } else {
        unexpected.incrementAndGet();
        answer(exchange, 404, "{}");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException callerGone) {
      // a killed node's connection: its call was counted when it arrived
    } finally {
      exchange.close();
    }
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
