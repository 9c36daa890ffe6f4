package dev.commerce.engine.chatbot.adapter.in.process;

import static dev.commerce.engine.chatbot.adapter.in.process.ChatbotExecution.text;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.ANSWERED_PROMPT;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.CUSTOMER_STATUS;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.INTENT;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.ORDER_NUMBER;
import static dev.commerce.engine.chatbot.domain.ChatbotVariables.REPLY_KEY;

import dev.commerce.engine.chatbot.domain.StandardReplies;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Every reply that needs no domain data; the task's input parameter {@code replyKey} says which one (see
 * {@link StandardReplies}). One delegate for several tasks, like the generic REST task: a modeler adds a standard
 * answer somewhere else in the model without Java.
 */
@Component
public class StandardReplyDelegate implements JavaDelegate {

  private final Clock clock;

  @Autowired
  public StandardReplyDelegate() {
    this(Clock.system(ZoneId.of("Asia/Seoul")));
  }

  StandardReplyDelegate(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object key = execution.getVariableLocal(REPLY_KEY);
    if (key == null) {
      throw new IllegalArgumentException("task " + execution.getCurrentActivityId() + " needs the input 'replyKey'");
    }
    StandardReplies.Context context = new StandardReplies.Context(text(execution, INTENT),
        text(execution, CUSTOMER_STATUS), ChatbotExecution.customerName(execution), text(execution, ORDER_NUMBER),
        text(execution, ANSWERED_PROMPT), LocalDate.now(clock));
    ChatbotExecution.reply(execution, StandardReplies.of(key.toString(), context));
  }
}
