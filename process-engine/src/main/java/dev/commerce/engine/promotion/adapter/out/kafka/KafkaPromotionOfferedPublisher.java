package dev.commerce.engine.promotion.adapter.out.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.engine.promotion.application.PromotionOffer;
import dev.commerce.engine.promotion.application.PromotionOfferedPublisher;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.stereotype.Component;

/**
 * Sends PromotionOffered inside the publishing job and waits for the broker's acknowledgement: when Kafka is
 * down the job fails, is retried and ends as an incident, and nothing is reported as offered that was not sent.
 */
@Component
class KafkaPromotionOfferedPublisher implements PromotionOfferedPublisher {

  static final String TYPE = "PromotionOffered";

  private final KafkaOperations<Object, Object> kafka;
  private final ObjectMapper mapper;
  private final String topic;
  private final Duration timeout;
  private final Clock clock = Clock.systemUTC();

  KafkaPromotionOfferedPublisher(KafkaOperations<Object, Object> kafka, ObjectMapper mapper,
      @Value("${commerce.kafka.promotions-topic}") String topic,
      @Value("${commerce.kafka.send-timeout:10s}") Duration timeout) {
    this.kafka = kafka;
    this.mapper = mapper;
    this.topic = topic;
    this.timeout = timeout;
  }

  @Override
  public String publish(PromotionOffer offer) {
    String key = String.valueOf(offer.customerId());
    ProducerRecord<Object, Object> record = new ProducerRecord<>(topic, key, json(envelope(offer)));
    record.headers().add("ce_type", TYPE.getBytes(StandardCharsets.UTF_8));
    try {
      kafka.send(record).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while publishing " + TYPE, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(TYPE + " for customer " + key + " not acknowledged by Kafka", e);
    }
    return offer.eventId();
  }

  private Map<String, Object> envelope(PromotionOffer offer) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("customerId", offer.customerId());
    data.put("campaign", offer.campaign());
    data.put("couponCode", offer.couponCode());
    data.put("discountPercent", offer.discountPercent());
    data.put("category", offer.category());
    data.put("validUntil", offer.validUntil());
    data.put("items", offer.items());
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("specversion", "1.0");
    envelope.put("id", offer.eventId());
    envelope.put("type", TYPE);
    envelope.put("source", "/process-engine");
    envelope.put("time", Instant.now(clock).toString());
    envelope.put("subject", String.valueOf(offer.customerId()));
    envelope.put("datacontenttype", "application/json");
    envelope.put("data", data);
    return envelope;
  }

  private String json(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
