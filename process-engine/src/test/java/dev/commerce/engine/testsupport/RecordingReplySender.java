package dev.commerce.engine.testsupport;

import dev.commerce.engine.chatbot.application.ChatbotReplySender;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stands in for chatbot-adapter's reply endpoint in process tests; answers what the test tells it to. */
public class RecordingReplySender implements ChatbotReplySender {

  /** One reply as the adapter would have received it. */
  public record Sent(String conversationId, Map<String, Object> reply) {
  }

  private final List<Sent> sent = new CopyOnWriteArrayList<>();
  private volatile String outcome = "IN_TIME";

  public void reset() {
    sent.clear();
    outcome = "IN_TIME";
  }

  public void answer(String outcome) {
    this.outcome = outcome;
  }

  public List<Sent> sent() {
    return sent;
  }

  @Override
  public String send(String conversationId, Map<String, Object> reply) {
    sent.add(new Sent(conversationId, new LinkedHashMap<>(reply)));
    return outcome;
  }
}
