package dev.commerce.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commerce.engine.testsupport.HttpCalls;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Camunda Modeler's "Deploy current diagram" dialog, as it sends it: multipart with Basic credentials. */
class EngineRestSecurityIT extends EngineIntegrationTest {

  @Autowired
  private IdentityService identity;

  private static final String MODEL = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_ModelerCheck"
          targetNamespace="http://bpmn.io/schema/bpmn">
        <bpmn:process id="modeler-deploy-check" isExecutable="true" camunda:historyTimeToLive="P1D">
          <bpmn:startEvent id="Event_Start" />
        </bpmn:process>
      </bpmn:definitions>
      """;

  @Test
  void modelerStyleDeploymentWorksWithCredentials() {
    HttpCalls.Result result = http().send(deploy().header("Authorization", HttpCalls.basic("demo", "demo")));

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.json().path("deployedProcessDefinitions").toString()).contains("modeler-deploy-check");
    assertThat(result.json().path("source").asText()).isEqualTo("Camunda Modeler");
  }

  @Test
  void nothingWorksWithoutOrWithWrongCredentials() {
    // a separate user: a wrong password locks the account for a few seconds (Camunda's login delay)
    if (identity.createUserQuery().userId("deploycheck").count() == 0) {
      User user = identity.newUser("deploycheck");
      user.setPassword("right-password");
      identity.saveUser(user);
    }
    assertThat(http().send(deploy()).status()).isEqualTo(401);
    assertThat(http().send(deploy().header("Authorization", HttpCalls.basic("deploycheck", "wrong"))).status())
        .isEqualTo(401);
    HttpCalls.Result anonymous = http().get("/engine-rest/process-definition");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
    assertThat(http().get("/engine-rest/process-definition", "demo", "demo").status()).isEqualTo(200);
  }

  @Test
  void webappApisRequireALogin() {
    assertThat(http().get("/camunda/api/engine/engine/default/process-definition").status()).isEqualTo(401);
    assertThat(http().get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics").status())
        .isIn(401, 403);
  }

  private HttpRequest.Builder deploy() {
    String boundary = "----modeler" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    part(body, boundary, "deployment-name", null, "modeler-deploy-check");
    part(body, boundary, "deployment-source", null, "Camunda Modeler");
    part(body, boundary, "deploy-changed-only", null, "true");
    part(body, boundary, "modeler-deploy-check.bpmn", "modeler-deploy-check.bpmn", MODEL);
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(http().uri("/engine-rest/deployment/create"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
  }

  private static void part(ByteArrayOutputStream body, String boundary, String name, String filename, String value) {
    StringBuilder part = new StringBuilder("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"").append(name).append('"');
    if (filename != null) {
      part.append("; filename=\"").append(filename).append("\"\r\nContent-Type: application/octet-stream");
    }
    part.append("\r\n\r\n").append(value).append("\r\n");
    body.writeBytes(part.toString().getBytes(StandardCharsets.UTF_8));
  }
}
