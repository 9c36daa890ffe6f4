package dev.commerce.engine.servicecall.adapter.in.process;

import dev.commerce.engine.servicecall.application.JsonBodies;
import dev.commerce.engine.servicecall.application.ServiceCaller;
import dev.commerce.engine.servicecall.application.ServiceResponse;
import dev.commerce.engine.servicecall.domain.CallSpec;
import dev.commerce.engine.servicecall.domain.ResultMapping;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The generic "Call domain service" task (element template dev.commerce.call-domain-service), configured only by
 * its input parameters. 4xx becomes a BPMN error for boundary events; technical failures propagate so the job
 * is retried and ends as an incident.
 */
@Component
public class CallDomainServiceDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(CallDomainServiceDelegate.class);

  private final ServiceCaller caller;
  private final JsonBodies json;

  public CallDomainServiceDelegate(ServiceCaller caller, JsonBodies json) {
    this.caller = caller;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CallSpec spec = CallSpec.of(local(execution, "service"), local(execution, "method"), local(execution, "path"),
        local(execution, "body"), local(execution, "resultMapping"), local(execution, "errorMapping"));
    ServiceResponse response = caller.exchange(spec.request());
    if (response.isClientError()) {
      String code = spec.errorCodeFor(response.status());
      log.info("{} {} {} answered {} -> BPMN error {}", spec.request().service(), spec.request().method(),
          spec.request().path(), response.status(), code);
      throw new BpmnError(code, spec.request().service() + " answered " + response.status() + ": "
          + abbreviate(response.body()));
    }
    for (ResultMapping mapping : spec.resultMappings()) {
      execution.setVariable(mapping.variable(), json.read(response.body(), mapping.jsonPath()));
    }
  }

  private static String local(DelegateExecution execution, String name) {
    Object value = execution.getVariableLocal(name);
    return value == null ? null : value.toString();
  }

  private static String abbreviate(String body) {
    if (body == null) {
      return "";
    }
    return body.length() > 300 ? body.substring(0, 300) + "..." : body;
  }
}
