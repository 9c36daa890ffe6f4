package dev.commerce.engine.config;

import dev.commerce.engine.delivery.adapter.in.kafka.InvalidEventException;
import java.time.Duration;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/** docs/events.md: retry with exponential back-off (1 s, x2, 4 attempts), then &lt;topic&gt;.DLT. */
@Configuration(proxyBeanMethods = false)
public class KafkaConfiguration {

  @Bean
  DefaultErrorHandler kafkaErrorHandler(KafkaOperations<Object, Object> kafka, KafkaRetryProperties retry) {
    // partition -1: the DLT may have fewer partitions than the source topic
    DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
        (record, failure) -> new TopicPartition(record.topic() + ".DLT", -1));
    ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retry.attempts() - 1);
    backOff.setInitialInterval(retry.initialInterval().toMillis());
    backOff.setMultiplier(retry.multiplier());
    DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
    handler.addNotRetryableExceptions(InvalidEventException.class);
    return handler;
  }

  @ConfigurationProperties("commerce.kafka.retry")
  public record KafkaRetryProperties(@DefaultValue("4") int attempts, @DefaultValue("1s") Duration initialInterval,
      @DefaultValue("2.0") double multiplier) {
  }
}
