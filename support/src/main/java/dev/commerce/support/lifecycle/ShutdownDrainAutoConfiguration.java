package dev.commerce.support.lifecycle;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * How long a stopping instance keeps serving after it reported DOWN: {@code commerce.shutdown.drain-delay}, or the
 * environment variable {@code SHUTDOWN_DRAIN_DELAY} (a duration such as {@code 3s}); 0 (stop at once) when neither is
 * set, which is right for a single instance.
 */
@AutoConfiguration
public class ShutdownDrainAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ShutdownDrain shutdownDrain(Environment environment, ApplicationEventPublisher events) {
        String delay = environment.getProperty("commerce.shutdown.drain-delay",
                environment.getProperty("SHUTDOWN_DRAIN_DELAY", "0s"));
        return new ShutdownDrain(DurationStyle.detectAndParse(delay.trim()), events);
    }
}
