package dev.commerce.engine.chatbot.adapter.in.process;

import static dev.commerce.engine.chatbot.domain.ChatbotVariables.CONVERSATION_ID;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.REPLY;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.REPLY_DELIVERY;

import dev.commerce.engine.chatbot.application.ChatbotReplySender;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The send task: posts {@code reply} to chatbot-adapter for this conversation and records how that went in
 * {@code replyDelivery}. The conversation id is the business key; the variable is the fallback for instances
 * started without one.
 */
@Component
public class SendChatbotReplyDelegate implements JavaDelegate {

  private final ChatbotReplySender sender;

  public SendChatbotReplyDelegate(ChatbotReplySender sender) {
    this.sender = sender;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String conversationId = execution.getProcessBusinessKey() != null ? execution.getProcessBusinessKey()
        : ChatbotExecution.text(execution, CONVERSATION_ID);
    Map<String, Object> reply = ChatbotExecution.map(execution.getVariable(REPLY));
    if (conversationId == null || reply.isEmpty()) {
      throw new IllegalStateException("send task without conversation id or reply (model error)");
    }
    execution.setVariable(REPLY_DELIVERY, sender.send(conversationId, reply));
  }
}
