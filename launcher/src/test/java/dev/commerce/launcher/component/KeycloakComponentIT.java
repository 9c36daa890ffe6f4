package dev.commerce.launcher.component;

import static dev.commerce.launcher.testapp.TestServices.get;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commerce.launcher.Platform;
import dev.commerce.launcher.PlatformSpec;
import dev.commerce.launcher.RunningPlatform;
import dev.commerce.launcher.process.Ports;
import dev.commerce.launcher.testapp.TestServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The launcher's Keycloak entry with the real distribution: the realm answers, services learn the issuer.
 * The keycloak module's own ITs prove the server; this one proves the launcher's wiring around it, which only
 * {@code ./run.sh} uses. A first Keycloak start costs 1-3 minutes on a 2-core runner; {@code -Dlauncher.keycloak.it=false}
 * skips it in a local loop.
 */
@DisabledIfSystemProperty(named = "launcher.keycloak.it", matches = "false")
class KeycloakComponentIT {

    // under target/ so the 160 MB distribution is extracted once per clean build, not once per test run
    private static final Path DATA = Path.of("target", "keycloak-it").toAbsolutePath();

    @Test
    void startsKeycloakWithTheCommerceRealmAndHandsTheIssuerToTheServices() {
        int keycloak = Ports.freePort();
        int alpha = Ports.freePort();
        List<Component> components = List.of(new KeycloakComponent(keycloak),
                TestServices.tiny("alpha", alpha).dependsOn("keycloak"));
        try (RunningPlatform platform = Platform.start(PlatformSpec.builder(Path.of("").toAbsolutePath())
                .dataDir(DATA).components(components).environment(Map.of())
                .startTimeout(Duration.ofMinutes(4)).build())) {

            String issuer = "http://localhost:" + keycloak + "/realms/commerce";
            assertThat(get(issuer + "/.well-known/openid-configuration"))
                    .contains("\"issuer\":\"" + issuer + "\"");
            assertThat(get(platform.baseUrl("alpha") + "/env").lines())
                    .contains("KEYCLOAK_URL=http://localhost:" + keycloak, "KEYCLOAK_ISSUER_URI=" + issuer);
            assertThat(platform.component("keycloak").links()).containsEntry("issuer", issuer);
            assertThat(Files.isSymbolicLink(DATA.resolve("logs/keycloak.log"))).isTrue();
            assertThat(DATA.resolve("logs/keycloak.log")).exists();
        }
        assertThat(Ports.isFree(keycloak)).isTrue();
        assertThat(DATA.resolve("keycloak/keycloak.pid")).doesNotExist();
    }
}
