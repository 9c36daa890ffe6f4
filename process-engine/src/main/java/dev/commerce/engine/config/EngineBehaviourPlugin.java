package dev.commerce.engine.config;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Engine settings the Spring Boot starter has no property for. */
@Component
public class EngineBehaviourPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    apply(configuration);
  }

  /**
   * A BPMN error no boundary event catches (an unmapped 4xx) must not silently end the path: it fails the job
   * and becomes an incident an operator can see. Shared with the plain process tests.
   */
  public static void apply(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnableExceptionsAfterUnhandledBpmnError(true);
  }
}
