package dev.commerce.engine.delivery.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.engine.delivery.application.OrderEvent;
import org.junit.jupiter.api.Test;

class OrderEventParserTest {

  /** The application's mapper rejects unknown properties for requests; events must still be read. */
  private final OrderEventParser parser = new OrderEventParser(
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));

  @Test
  void readsTheEnvelopeAndIgnoresFieldsItDoesNotKnow() {
    OrderEvent event = parser.parse("""
        {"specversion":"1.0","id":"e-1","type":"DeliveryUpdated","source":"/order-service",
         "subject":"ORD-20261120-0001","newField":true,
         "data":{"orderNumber":"ORD-20261120-0001","status":"SHIPPED","carrier":"CJ","extra":{"a":1}}}
        """);

    assertThat(event.id()).isEqualTo("e-1");
    assertThat(event.type()).isEqualTo("DeliveryUpdated");
    assertThat(event.orderNumber()).isEqualTo("ORD-20261120-0001");
    assertThat(event.data("status")).isEqualTo("SHIPPED");
  }

  @Test
  void fallsBackToTheSubjectForTheOrderNumber() {
    OrderEvent event = parser.parse("{\"id\":\"e-2\",\"type\":\"OrderCancelled\",\"subject\":\"ORD-1\",\"data\":{}}");

    assertThat(event.orderNumber()).isEqualTo("ORD-1");
  }

  @Test
  void recordsThatCanNeverBeHandledAreInvalid() {
    assertThatThrownBy(() -> parser.parse("not json")).isInstanceOf(InvalidEventException.class);
    assertThatThrownBy(() -> parser.parse("[1,2]")).isInstanceOf(InvalidEventException.class);
    assertThatThrownBy(() -> parser.parse("{\"type\":\"OrderPlaced\",\"data\":{\"orderNumber\":\"X\"}}"))
        .isInstanceOf(InvalidEventException.class);
    assertThatThrownBy(() -> parser.parse(null)).isInstanceOf(InvalidEventException.class);
  }
}
