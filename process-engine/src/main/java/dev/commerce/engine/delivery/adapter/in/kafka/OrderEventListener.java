package dev.commerce.engine.delivery.adapter.in.kafka;

import dev.commerce.engine.delivery.application.OrderEvent;
import dev.commerce.engine.delivery.application.OrderEventHandler;
import dev.commerce.engine.delivery.application.OrderEventOutcome;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class OrderEventListener {

  private static final Logger log = LoggerFactory.getLogger(OrderEventListener.class);

  private final OrderEventParser parser;
  private final OrderEventHandler handler;

  OrderEventListener(OrderEventParser parser, OrderEventHandler handler) {
    this.parser = parser;
    this.handler = handler;
  }

  @KafkaListener(id = "process-engine-order-events", topics = "${commerce.kafka.orders-topic}",
      groupId = "${commerce.kafka.group-id}")
  void onOrderEvent(ConsumerRecord<String, String> record) {
    Header typeHeader = record.headers().lastHeader("ce_type");
    if (typeHeader != null
        && !OrderEventHandler.HANDLED_TYPES.contains(new String(typeHeader.value(), StandardCharsets.UTF_8))) {
      return;
    }
    OrderEvent event = parser.parse(record.value());
    OrderEventOutcome outcome = handler.handle(event);
    log.debug("{} {} for {}: {}", event.type(), event.id(), event.orderNumber(), outcome);
  }
}
