package dev.commerce.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KeycloakOptionsTest {

    private final Path home = Path.of("/opt/kc");

    @Test
    void startsDevModeOnTheGivenPortsAndImportsTheRealm() {
        var command = new KeycloakOptions().command(home, 18180, 19000);

        assertThat(command.get(0)).endsWith("kc.sh");
        assertThat(command).contains("start-dev", "--http-port=18180", "--http-management-port=19000",
                "--http-host=127.0.0.1", "--import-realm");
        assertThat(command).noneMatch(argument -> argument.startsWith("--hostname"));
    }

    @Test
    void fixesTheIssuerOnlyWhenAHostnameIsGiven() {
        var command = new KeycloakOptions().hostname("http://localhost:8180").command(home, 8180, 19000);

        assertThat(command).contains("--hostname=http://localhost:8180");
    }

    @Test
    void passesTheBootstrapAdminThroughTheEnvironment() {
        var environment = new KeycloakOptions().admin("boss", "s3cret").environment();

        assertThat(environment).containsEntry("KC_BOOTSTRAP_ADMIN_USERNAME", "boss")
                .containsEntry("KC_BOOTSTRAP_ADMIN_PASSWORD", "s3cret");
    }
}
