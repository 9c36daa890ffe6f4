package dev.commerce.engine.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.commerce.engine.servicecall.application.ServiceRequest;
import dev.commerce.engine.servicecall.application.ServiceResponse;
import dev.commerce.engine.servicecall.application.ServiceUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Serves {@link FakeDomainServices} over real HTTP, one port per logical service, so the engine's load-balanced
 * REST client, timeouts and JSON handling are exercised. A service marked down answers 503.
 */
public final class FakeServicesHttpServer {

  private final Map<String, HttpServer> servers = new LinkedHashMap<>();

  private FakeServicesHttpServer() {
  }

  public static FakeServicesHttpServer start(FakeDomainServices services, String... names) {
    FakeServicesHttpServer fake = new FakeServicesHttpServer();
    for (String name : names) {
      try {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> handle(services, name, exchange));
        server.start();
        fake.servers.put(name, server);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return fake;
  }

  public String url(String service) {
    return "http://127.0.0.1:" + servers.get(service).getAddress().getPort();
  }

  private static void handle(FakeDomainServices services, String service, HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    ServiceRequest request = new ServiceRequest(service, exchange.getRequestMethod(),
        exchange.getRequestURI().getRawPath(), query(exchange.getRequestURI().getRawQuery()),
        body.isEmpty() ? null : body);
    ServiceResponse response;
    try {
      response = services.exchange(request);
    } catch (ServiceUnavailableException down) {
      response = new ServiceResponse(503, "{\"status\":503,\"type\":\"/problems/service-unavailable\"}");
    }
    byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type",
        response.isSuccess() ? "application/json" : "application/problem+json");
    exchange.sendResponseHeaders(response.status(), bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw == null) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      query.put(name, value);
    }
    return query;
  }
}
