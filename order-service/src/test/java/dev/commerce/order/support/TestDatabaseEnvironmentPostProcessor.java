package dev.commerce.order.support;

import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/** Points every test context at {@link TestDatabase}. */
public class TestDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor {

    private final Log log;

    public TestDatabaseEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(TestDatabaseEnvironmentPostProcessor.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addFirst(new MapPropertySource("testDatabase", TestDatabase.properties()));
        log.info("Test database: " + TestDatabase.description());
    }
}
