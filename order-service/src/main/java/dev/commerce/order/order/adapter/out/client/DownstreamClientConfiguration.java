package dev.commerce.order.order.adapter.out.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.RequestInterceptor;
import feign.codec.Decoder;
import feign.codec.ErrorDecoder;
import feign.optionals.OptionalDecoder;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.context.annotation.Bean;

/**
 * Feign beans of the item-service and customer-service clients (deliberately not a {@code @Configuration}: it
 * applies to those clients only). Responses are read as a tolerant reader: a field a newer downstream version adds
 * must not break this service, even though our own API rejects unknown fields.
 */
class DownstreamClientConfiguration {

    @Bean
    Decoder lenientDecoder(ObjectMapper objectMapper) {
        return new OptionalDecoder(new LenientJsonDecoder(lenient(objectMapper)));
    }

    @Bean
    ErrorDecoder problemErrorDecoder(ObjectMapper objectMapper) {
        return new ProblemErrorDecoder(lenient(objectMapper));
    }

    @Bean
    RequestInterceptor traceparentInterceptor(Tracer tracer, Propagator propagator) {
        return new TraceparentRequestInterceptor(tracer, propagator);
    }

    private static ObjectMapper lenient(ObjectMapper objectMapper) {
        return objectMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
