package dev.commerce.engine.config;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The delay-check user task is offered to the candidate group "operator". This makes sure the group exists in
 * the engine and, in the local setup, that the demo user is in it so Tasklist shows the task.
 */
@Component
public class OperatorGroupInitializer {

  static final String GROUP = "operator";
  private static final Logger log = LoggerFactory.getLogger(OperatorGroupInitializer.class);

  private final IdentityService identity;
  private final List<String> members;

  public OperatorGroupInitializer(IdentityService identity,
      @Value("${commerce.engine.operator-members:}") List<String> members) {
    this.identity = identity;
    this.members = members;
  }

  /**
   * Nodes of a cluster may run this at the same moment: whatever another node created in between (duplicate key)
   * counts as done.
   */
  @EventListener(ApplicationReadyEvent.class)
  public void ensureOperatorGroup() {
    if (!groupExists()) {
      Group group = identity.newGroup(GROUP);
      group.setName("Operators");
      group.setType("WORKFLOW");
      createdUnlessRaced(() -> identity.saveGroup(group), this::groupExists);
      log.info("created engine group {}", GROUP);
    }
    for (String member : members) {
      boolean userExists = identity.createUserQuery().userId(member).count() > 0;
      if (userExists && !isMember(member)) {
        createdUnlessRaced(() -> identity.createMembership(member, GROUP), () -> isMember(member));
      }
    }
  }

  private boolean groupExists() {
    return identity.createGroupQuery().groupId(GROUP).count() > 0;
  }

  private boolean isMember(String member) {
    return identity.createUserQuery().userId(member).memberOfGroup(GROUP).count() > 0;
  }

  private static void createdUnlessRaced(Runnable create, BooleanSupplier existsNow) {
    try {
      create.run();
    } catch (ProcessEngineException e) {
      if (!existsNow.getAsBoolean()) {
        throw e;
      }
    }
  }
}
