package dev.commerce.engine.servicecall.adapter.out.client;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Timeouts for every call to a domain service; a call slower than this is a technical failure (retry, incident). */
@ConfigurationProperties("commerce.services")
public record ServiceCallProperties(@DefaultValue("2s") Duration connectTimeout,
    @DefaultValue("5s") Duration readTimeout) {
}
