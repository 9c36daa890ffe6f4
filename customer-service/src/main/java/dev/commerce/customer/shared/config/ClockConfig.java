package dev.commerce.customer.shared.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfig {

    /** One clock in the business zone, so "today" for coupon validity is the shop's today, not the server's. */
    @Bean
    Clock clock(CustomerProperties properties) {
        return Clock.system(properties.zone());
    }
}
