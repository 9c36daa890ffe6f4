package dev.commerce.engine.chatbot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.commerce.engine.chatbot.adapter.out.client.HttpChatbotReplySender;
import dev.commerce.engine.chatbot.application.ChatbotSettings;
import dev.commerce.engine.chatbot.domain.ChatReply;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** The send task's HTTP adapter against a real local server standing in for chatbot-adapter's reply endpoint. */
class HttpChatbotReplySenderTest {

  private final ObjectMapper mapper = new ObjectMapper();
  private final AtomicInteger status = new AtomicInteger(202);
  private final AtomicReference<String> answer = new AtomicReference<>("{\"conversationId\":\"c-1\",\"delivery\":\"IN_TIME\"}");
  private final AtomicReference<String> path = new AtomicReference<>();
  private final AtomicReference<String> token = new AtomicReference<>();
  private final AtomicReference<String> body = new AtomicReference<>();
  private HttpServer server;
  private ChatbotSettings settings;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      path.set(exchange.getRequestURI().getPath());
      token.set(exchange.getRequestHeaders().getFirst("X-Internal-Token"));
      body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      byte[] bytes = answer.get().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status.get(), bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
    settings = new ChatbotSettings();
    settings.setAdapterService("127.0.0.1:" + server.getAddress().getPort());
    settings.setInternalToken("secret-token");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void postsTheReplyWithTheTokenAndReportsHowTheAdapterDeliveredIt() throws IOException {
    answer.set("{\"conversationId\":\"c-1\",\"delivery\":\"CALLBACK\"}");
    Map<String, Object> reply = ChatReply.text("아메리카노는 지금 주문할 수 있어요.").awaitingOrderNumber().toVariable();

    String outcome = sender().send("c-1", reply);

    assertThat(outcome).isEqualTo("CALLBACK");
    assertThat(path.get()).isEqualTo("/internal/chatbot/replies/c-1");
    assertThat(token.get()).isEqualTo("secret-token");
    JsonNode posted = mapper.readTree(body.get());
    assertThat(posted.path("text").asText()).isEqualTo("아메리카노는 지금 주문할 수 있어요.");
    assertThat(posted.path("awaiting").asText()).isEqualTo("order_number");
    assertThat(posted.path("quickReplies")).hasSize(4);
  }

  @Test
  void aConversationTheAdapterAlreadyClosedIsNotAFailure() {
    status.set(404);
    answer.set("{\"type\":\"/problems/not-found\",\"status\":404}");

    assertThat(sender().send("c-2", ChatReply.text("늦은 답변").toVariable())).isEqualTo("NOT_DELIVERABLE");
  }

  @Test
  void aRejectedReplyIsReportedWithTheStatus() {
    status.set(401);
    answer.set("{\"type\":\"/problems/unauthorized\",\"status\":401}");

    assertThat(sender().send("c-3", ChatReply.text("토큰이 틀림").toVariable())).startsWith("REJECTED 401");
  }

  @Test
  void anAdapterThatIsNotThereIsReportedNotThrown() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    settings.setAdapterService("127.0.0.1:" + closedPort);

    assertThat(sender().send("c-4", ChatReply.text("아무도 없음").toVariable())).startsWith("FAILED");
  }

  private HttpChatbotReplySender sender() {
    return new HttpChatbotReplySender(RestClient.builder(), settings, mapper);
  }
}
