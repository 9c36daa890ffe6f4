package dev.commerce.platform.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Docker does not run on the build machines, so docker-compose.yml and the Dockerfiles are checked here against
 * what the modules really read: a misspelt variable, a profile that does not exist or a wrong port would
 * otherwise only show on somebody's first {@code docker compose up}.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Set<String> SPRING_SETTINGS = Set.of("SPRING_PROFILES_ACTIVE", "JAVA_TOOL_OPTIONS");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    private static Map<String, Map<String, Object>> services;
    private static Set<String> sharedVariables;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readComposeFile() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        services = (Map<String, Map<String, Object>>) compose.get("services");
        sharedVariables = ((Map<String, Object>) compose.get("x-service-env")).keySet();
    }

    @Test
    void runsEveryPartOfThePlatform() {
        assertThat(services).containsKeys("mysql", "kafka", "redis", "keycloak", "item-service", "customer-service",
                "order-service", "process-engine", "chatbot-adapter", "gateway");
    }

    @Test
    @SuppressWarnings("unchecked")
    void publishesTheDocumentedEntryPorts() {
        assertThat((List<Object>) services.get("gateway").get("ports")).containsExactly("8080:8080");
        assertThat((List<Object>) services.get("process-engine").get("ports")).containsExactly("8090:8090");
        assertThat((List<Object>) services.get("keycloak").get("ports")).containsExactly("8180:8080");
    }

    @Test
    @SuppressWarnings("unchecked")
    void dependsOnlyOnServicesItDefines() {
        services.forEach((name, service) -> {
            var dependsOn = (Map<String, Object>) service.getOrDefault("depends_on", Map.of());
            assertThat(services.keySet()).as("depends_on of %s", name).containsAll(dependsOn.keySet());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"item-service", "customer-service", "order-service", "process-engine", "chatbot-adapter", "gateway"})
    void buildsTheModuleJarWithItsDockerfile(String module) throws IOException {
        assertThat(services.get(module).get("build")).isEqualTo("./" + module);
        String dockerfile = Files.readString(ROOT.resolve(module).resolve("Dockerfile"));
        assertThat(dockerfile).contains("COPY target/" + module + "-*.jar app.jar");
        assertThat(Files.readString(ROOT.resolve(module).resolve("pom.xml")))
                .contains("<artifactId>" + module + "</artifactId>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"item-service", "customer-service", "order-service", "process-engine", "chatbot-adapter", "gateway"})
    void setsOnlyVariablesTheServiceReads(String module) throws IOException {
        String config = Files.readString(applicationYml(module));
        Set<String> read = PLACEHOLDER.matcher(config).results().map(m -> m.group(1)).collect(Collectors.toSet());
        // the shared block gives every service all addresses; what a service sets itself must be something it reads
        environment(module).keySet().stream()
                .filter(variable -> !sharedVariables.contains(variable) && !SPRING_SETTINGS.contains(variable))
                .forEach(variable -> assertThat(read).as("%s reads %s", module, variable).contains(variable));
    }

    @ParameterizedTest
    @ValueSource(strings = {"item-service", "customer-service", "order-service", "process-engine", "chatbot-adapter", "gateway"})
    void activatesAProfileTheServiceKnows(String module) throws IOException {
        String profile = String.valueOf(environment(module).get("SPRING_PROFILES_ACTIVE"));
        String config = Files.readString(applicationYml(module));
        // a service whose demo values sit in an `on-profile: default` document may run under any other name
        assertThat(config.contains("on-profile: " + profile) || config.contains("on-profile: default"))
                .as("%s knows profile %s", module, profile).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"item-service", "customer-service", "order-service", "process-engine", "chatbot-adapter", "gateway"})
    @SuppressWarnings("unchecked")
    void probesTheServiceOnItsOwnPort(String module) {
        Map<String, Object> env = environment(module);
        Object port = env.containsKey("GATEWAY_PORT") ? env.get("GATEWAY_PORT") : env.get("SERVER_PORT");
        var test = (List<String>) ((Map<String, Object>) services.get(module).get("healthcheck")).get("test");
        assertThat(String.join(" ", test)).contains("/dev/tcp/127.0.0.1/" + port, "/actuator/health/readiness");
    }

    @Test
    void createsEveryDatabaseTheServicesUse() throws IOException {
        String init = Files.readString(ROOT.resolve("deploy/mysql/init.sql"));
        services.keySet().stream()
                .map(name -> environment(name).get("DB_NAME"))
                .filter(name -> name != null)
                .forEach(db -> assertThat(init).contains("CREATE DATABASE IF NOT EXISTS " + db + " "));
    }

    @Test
    void importsTheRealmKeycloakServesInDevelopment() throws IOException {
        assertThat(services.get("keycloak").get("build")).isEqualTo("./keycloak");
        assertThat(Files.readString(ROOT.resolve("keycloak/Dockerfile")))
                .contains("COPY realm/commerce-realm.json /opt/keycloak/data/import/");
        assertThat(ROOT.resolve("keycloak/realm/commerce-realm.json")).exists();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String service) {
        return (Map<String, Object>) services.get(service).getOrDefault("environment", Map.of());
    }

    private static Path applicationYml(String module) {
        return ROOT.resolve(module).resolve("src/main/resources/application.yml");
    }
}
