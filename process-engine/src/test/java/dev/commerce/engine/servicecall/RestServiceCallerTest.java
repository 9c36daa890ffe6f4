package dev.commerce.engine.servicecall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.commerce.engine.servicecall.adapter.out.client.RestServiceCaller;
import dev.commerce.engine.servicecall.application.ServiceRequest;
import dev.commerce.engine.servicecall.application.ServiceResponse;
import dev.commerce.engine.servicecall.application.ServiceUnavailableException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** The HTTP adapter against a real local HTTP server: statuses, timeouts, refused connections, encoding. */
class RestServiceCallerTest {

  private HttpServer server;
  private final AtomicReference<String> lastQuery = new AtomicReference<>();
  private final AtomicReference<String> lastBody = new AtomicReference<>();
  private final AtomicReference<String> lastContentType = new AtomicReference<>();
  private RestServiceCaller caller;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      lastQuery.set(exchange.getRequestURI().getRawQuery());
      lastBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      lastContentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
      String path = exchange.getRequestURI().getPath();
      int status = switch (path) {
        case "/missing" -> 404;
        case "/broken" -> 503;
        default -> 200;
      };
      if ("/slow".equals(path)) {
        sleep(4000);
      }
      byte[] body = ("{\"path\":\"" + path + "\"}").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    caller = caller(server.getAddress().getPort());
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void returnsSuccessAndClientErrorAnswers() {
    ServiceResponse ok = caller.exchange(ServiceRequest.get("item-service", "/api/items/1", null));
    ServiceResponse missing = caller.exchange(ServiceRequest.get("item-service", "/missing", null));

    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.body()).contains("/api/items/1");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.isClientError()).isTrue();
  }

  @Test
  void encodesQueryValuesOnceAndLeavesEmptyOnesOut() {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("name", "카페 라떼");
    query.put("category", "");
    query.put("size", "100");

    caller.exchange(ServiceRequest.get("item-service", "/api/items", query));

    assertThat(lastQuery.get()).isEqualTo("name=%EC%B9%B4%ED%8E%98%20%EB%9D%BC%EB%96%BC&size=100");
  }

  @Test
  void sendsTheBodyAsJson() {
    caller.exchange(new ServiceRequest("customer-service", "POST", "/api/customers/1/coupons", null,
        "{\"campaign\":\"X\"}"));

    assertThat(lastBody.get()).isEqualTo("{\"campaign\":\"X\"}");
    assertThat(lastContentType.get()).startsWith("application/json");
  }

  @Test
  void serverErrorsTimeoutsAndRefusedConnectionsAreTechnicalFailures() throws IOException {
    assertThatThrownBy(() -> caller.exchange(ServiceRequest.get("item-service", "/broken", null)))
        .isInstanceOf(ServiceUnavailableException.class).hasMessageContaining("503");
    assertThatThrownBy(() -> caller.exchange(ServiceRequest.get("item-service", "/slow", null)))
        .isInstanceOf(ServiceUnavailableException.class).hasMessageContaining("too slow");

    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    assertThatThrownBy(() -> caller(closedPort).exchange(ServiceRequest.get("item-service", "/x", null)))
        .isInstanceOf(ServiceUnavailableException.class)
        .hasMessageContaining("item-service").hasMessageContaining("ConnectException");
  }

  private static RestServiceCaller caller(int port) {
    JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).version(HttpClient.Version.HTTP_1_1).build());
    factory.setReadTimeout(Duration.ofSeconds(2));
    return new RestServiceCaller(RestClient.builder().requestFactory(factory).build(),
        service -> "http://127.0.0.1:" + port);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
