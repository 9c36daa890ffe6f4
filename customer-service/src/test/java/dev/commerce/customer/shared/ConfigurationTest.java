package dev.commerce.customer.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.PropertySourcesPropertyResolver;
import org.springframework.core.io.ClassPathResource;

/** The database URLs of application.yml as operators set them through the environment. */
class ConfigurationTest {

    @Test
    void theEmbeddedH2DatabaseIsClosedBySpringNotByItsOwnShutdownHook() throws IOException {
        assertThat(resolve(document(null), Map.of("DATA_DIR", "/data")))
                .startsWith("jdbc:h2:file:/data/customer-service/customers;").contains(";DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    void dbSchemeAloneSwitchesTheMysqlProfileToTheMariaDbDriver() throws IOException {
        PropertySource<?> mysql = document("mysql");

        assertThat(resolve(mysql, Map.of())).startsWith("jdbc:mysql://localhost:3306/commerce_customers?");
        assertThat(resolve(mysql, Map.of("DB_SCHEME", "mariadb", "DB_HOST", "db", "DB_NAME", "customers")))
                .startsWith("jdbc:mariadb://db:3306/customers?createDatabaseIfNotExist=true&");
        assertThat(resolve(mysql, Map.of("DB_URL", "jdbc:mariadb://elsewhere/x")))
                .isEqualTo("jdbc:mariadb://elsewhere/x");
    }

    private static PropertySource<?> document(String profile) throws IOException {
        List<PropertySource<?>> documents =
                new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
        return documents.stream()
                .filter(document -> Objects.equals(profile, document.getProperty("spring.config.activate.on-profile")))
                .findFirst().orElseThrow();
    }

    private static String resolve(PropertySource<?> document, Map<String, Object> environment) {
        // only the given variables: the machine's own environment must not leak into the expectation
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new MapPropertySource("environment", environment));
        return new PropertySourcesPropertyResolver(sources)
                .resolveRequiredPlaceholders(String.valueOf(document.getProperty("spring.datasource.url")));
    }
}
