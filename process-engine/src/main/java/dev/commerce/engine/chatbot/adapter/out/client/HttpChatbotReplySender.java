package dev.commerce.engine.chatbot.adapter.out.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.engine.chatbot.application.ChatbotReplySender;
import dev.commerce.engine.chatbot.application.ChatbotSettings;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * {@code POST http://chatbot-adapter/internal/chatbot/replies/{conversationId}} with {@code X-Internal-Token},
 * through the load balancer like every other outbound call (same timeouts). 202 answers {@code {"delivery":
 * "IN_TIME"|"CALLBACK"}}; 404 means the adapter already answered Kakao itself (time limit without callback).
 */
@Component
public class HttpChatbotReplySender implements ChatbotReplySender {

  static final String TOKEN_HEADER = "X-Internal-Token";
  private static final Logger log = LoggerFactory.getLogger(HttpChatbotReplySender.class);

  private final RestClient client;
  private final ChatbotSettings settings;
  private final ObjectMapper mapper;

  public HttpChatbotReplySender(@LoadBalanced RestClient.Builder loadBalancedRestClientBuilder, ChatbotSettings settings,
      ObjectMapper mapper) {
    this.client = loadBalancedRestClientBuilder.build();
    this.settings = settings;
    this.mapper = mapper;
  }

  @Override
  public String send(String conversationId, Map<String, Object> reply) {
    try {
      String outcome = client.post()
          .uri("http://" + settings.getAdapterService() + "/internal/chatbot/replies/{id}", conversationId)
          .header(TOKEN_HEADER, settings.getInternalToken() == null ? "" : settings.getInternalToken())
          .contentType(MediaType.APPLICATION_JSON)
          .body(mapper.writeValueAsString(reply))
          .exchange((request, response) -> outcome(response.getStatusCode().value(),
              StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8)));
      if (outcome.startsWith("REJECTED")) {
        log.warn("chatbot-adapter rejected the reply of conversation {}: {}", conversationId, outcome);
      } else if (!outcome.equals("IN_TIME") && !outcome.equals("CALLBACK")) {
        // the adapter already answered Kakao itself (time limit passed without a callback)
        log.info("reply of conversation {} came too late: {}", conversationId, outcome);
      }
      return outcome;
    } catch (RestClientException | JsonProcessingException | IllegalStateException e) {
      log.warn("reply of conversation {} not delivered to chatbot-adapter: {}", conversationId, e.toString());
      return "FAILED: " + e.getClass().getSimpleName();
    }
  }

  private String outcome(int status, String body) throws JsonProcessingException {
    return switch (status) {
      case 202, 200 -> mapper.readTree(body).path("delivery").asText("IN_TIME");
      case 404 -> "NOT_DELIVERABLE";
      case 409 -> "ALREADY_ANSWERED";
      default -> "REJECTED " + status + (body.length() > 200 ? ": " + body.substring(0, 200) : ": " + body);
    };
  }
}
