package dev.commerce.customer.support;

import java.util.HashMap;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the application at {@link TestDatabase#main()}; {@link TestDatabaseProfiles} picks the profile. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(
                new MapPropertySource("testDatabase", new HashMap<>(TestDatabase.main().properties())));
    }
}
