package dev.commerce.engine.servicecall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.commerce.engine.servicecall.domain.CallSpec;
import dev.commerce.engine.servicecall.domain.ResultMapping;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallSpecTest {

  @Test
  void readsWhatAModelerConfigured() {
    CallSpec spec = CallSpec.of("customer-service", "post", "/api/customers/7/coupons?dryRun=&source=bpmn",
        "{\"campaign\":\"X\"}", "code = $.code\n# comment\n\nvalidUntil=$.validUntil", "404 = NO_CUSTOMER\n409=TAKEN");

    assertThat(spec.request().method()).isEqualTo("POST");
    assertThat(spec.request().path()).isEqualTo("/api/customers/7/coupons");
    assertThat(spec.request().query()).containsExactly(Map.entry("source", "bpmn"));
    assertThat(spec.request().body()).isEqualTo("{\"campaign\":\"X\"}");
    assertThat(spec.resultMappings()).containsExactly(new ResultMapping("code", "$.code"),
        new ResultMapping("validUntil", "$.validUntil"));
    assertThat(spec.errorCodeFor(404)).isEqualTo("NO_CUSTOMER");
    assertThat(spec.errorCodeFor(409)).isEqualTo("TAKEN");
    assertThat(spec.errorCodeFor(422)).isEqualTo("HTTP_422");
  }

  @Test
  void queryValuesAreKeptRawOrDecodedOnce() {
    CallSpec spec = CallSpec.of("item-service", null, "/api/items?name=카페 라떼&category=%EC%BB%A4%ED%94%BC", null,
        null, null);

    assertThat(spec.request().method()).isEqualTo("GET");
    assertThat(spec.request().query()).containsEntry("name", "카페 라떼").containsEntry("category", "커피");
  }

  @Test
  void rejectsConfigurationMistakesWithAMessageForTheIncident() {
    assertThatThrownBy(() -> CallSpec.of("http://item-service", "GET", "/x", null, null, null))
        .hasMessageContaining("service");
    assertThatThrownBy(() -> CallSpec.of("item-service", "FETCH", "/x", null, null, null))
        .hasMessageContaining("method");
    assertThatThrownBy(() -> CallSpec.of("item-service", "GET", "api/items", null, null, null))
        .hasMessageContaining("path");
    assertThatThrownBy(() -> CallSpec.of("item-service", "GET", "/x", null, "name: $.name", null))
        .hasMessageContaining("resultMapping");
    assertThatThrownBy(() -> CallSpec.of("item-service", "GET", "/x", null, null, "500 = BOOM"))
        .hasMessageContaining("errorMapping");
  }
}
