package dev.commerce.order.platform.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.ZoneId;

/** @param numberZone the zone whose calendar day goes into order numbers */
@ConfigurationProperties("commerce.orders")
public record OrderProperties(@DefaultValue("Asia/Seoul") ZoneId numberZone) {
}
