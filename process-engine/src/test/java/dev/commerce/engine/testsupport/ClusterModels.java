package dev.commerce.engine.testsupport;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Test-only models for the cluster test, deployed through the REST API the way Camunda Modeler deploys: one
 * "Call domain service" task (the real delegate) that posts to {@link ClusterServices} with the instance id, either
 * inside the starting request or as an async continuation (a job any node may execute).
 */
public final class ClusterModels {

  public static final String SYNC = "cluster-sync-check";
  public static final String ASYNC = "cluster-async-check";

  private ClusterModels() {
  }

  public static String model(String key, boolean async) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s"
            targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="Start"><bpmn:outgoing>ToCall</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="ToCall" sourceRef="Start" targetRef="Call" />
            <bpmn:serviceTask id="Call" camunda:delegateExpression="${callDomainServiceDelegate}"
                camunda:asyncBefore="%2$s">
              <bpmn:extensionElements>
                <camunda:inputOutput>
                  <camunda:inputParameter name="service">item-service</camunda:inputParameter>
                  <camunda:inputParameter name="method">POST</camunda:inputParameter>
                  <camunda:inputParameter name="path">/cluster/calls/${delay}/\
        ${execution.processInstanceId}</camunda:inputParameter>
                  <camunda:inputParameter name="body">{"businessKey": ${json.str(execution.processBusinessKey)}}</camunda:inputParameter>
                </camunda:inputOutput>
              </bpmn:extensionElements>
              <bpmn:incoming>ToCall</bpmn:incoming>
              <bpmn:outgoing>ToEnd</bpmn:outgoing>
            </bpmn:serviceTask>
            <bpmn:sequenceFlow id="ToEnd" sourceRef="Call" targetRef="End" />
            <bpmn:endEvent id="End"><bpmn:incoming>ToEnd</bpmn:incoming></bpmn:endEvent>
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(key, async);
  }

  /** {@code POST /engine-rest/deployment/create} as Modeler sends it, with duplicate filtering. */
  public static HttpRequest.Builder deployment(HttpCalls node, String key, String bpmn) {
    String boundary = "----cluster" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    part(body, boundary, "deployment-name", null, key);
    part(body, boundary, "deployment-source", null, "Camunda Modeler");
    part(body, boundary, "enable-duplicate-filtering", null, "true");
    part(body, boundary, key + ".bpmn", key + ".bpmn", bpmn);
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(node.uri("/engine-rest/deployment/create"))
        .header("Authorization", HttpCalls.basic("demo", "demo"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
  }

  private static void part(ByteArrayOutputStream body, String boundary, String name, String filename, String value) {
    StringBuilder part = new StringBuilder("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"").append(name).append('"');
    if (filename != null) {
      part.append("; filename=\"").append(filename).append('"');
    }
    part.append("\r\n\r\n").append(value).append("\r\n");
    body.writeBytes(part.toString().getBytes(StandardCharsets.UTF_8));
  }
}
