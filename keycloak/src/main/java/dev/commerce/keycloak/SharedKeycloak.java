package dev.commerce.keycloak;

import java.nio.file.Path;

/**
 * One Keycloak per test JVM, started on first use on a free port with a fresh database and stopped when the JVM
 * exits. {@code -Dkeycloak.shared.url=http://127.0.0.1:8180} reuses a Keycloak that already runs (with the realm
 * imported and the bootstrap admin from {@code keycloak.shared.admin-username}/{@code -password}) to iterate faster.
 */
public final class SharedKeycloak {

    public static final String URL_PROPERTY = "keycloak.shared.url";
    public static final String WORKDIR_PROPERTY = "keycloak.shared.workdir";

    private static KeycloakServer instance;

    private SharedKeycloak() {
    }

    public static synchronized KeycloakServer get() {
        if (instance == null) {
            instance = create();
        }
        return instance;
    }

    private static KeycloakServer create() {
        String external = System.getProperty(URL_PROPERTY);
        if (external != null && !external.isBlank()) {
            return KeycloakServer.external(external,
                    System.getProperty("keycloak.shared.admin-username", "admin"),
                    System.getProperty("keycloak.shared.admin-password", "admin"));
        }
        return KeycloakServer.start(new KeycloakOptions()
                .port(0)
                .workDir(Path.of(System.getProperty(WORKDIR_PROPERTY, "target/keycloak-it")))
                .freshDatabase(true)
                .javaOptsAppend("-XX:TieredStopAtLevel=1"));
    }
}
