package dev.commerce.keycloak;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How to start a Keycloak: fluent and mutable while it is being set up, read once by {@link KeycloakServer#start}.
 * The defaults suit a developer machine: loopback only, dynamic hostname, the {@code commerce} realm imported,
 * bootstrap admin {@code admin}/{@code admin} in the master realm (demo only).
 */
public final class KeycloakOptions {

    private int port = 8180;
    private String bindHost = "127.0.0.1";
    private String hostname;
    private Path workDir = Path.of(".platform", "keycloak");
    private String adminUsername = "admin";
    private String adminPassword = "admin";
    private boolean freshDatabase;
    private final List<Path> extraRealmFiles = new ArrayList<>();
    private Duration startupTimeout = Duration.ofMinutes(4);
    private String javaOptsAppend = "";

    /** HTTP port; 0 picks a free one. */
    public KeycloakOptions port(int port) {
        this.port = port;
        return this;
    }

    /** Interface to listen on; {@code 0.0.0.0} exposes Keycloak beyond this machine. */
    public KeycloakOptions bindHost(String bindHost) {
        this.bindHost = bindHost;
        return this;
    }

    /**
     * Fixed public URL (for example {@code http://localhost:8180}) so that every token carries the same issuer
     * whatever host name the client used; {@code null} derives it from each request (Keycloak's dev default).
     */
    public KeycloakOptions hostname(String hostname) {
        this.hostname = hostname;
        return this;
    }

    /** Where the server is installed and keeps its H2 database and log; one work directory per instance. */
    public KeycloakOptions workDir(Path workDir) {
        this.workDir = workDir;
        return this;
    }

    public KeycloakOptions admin(String username, String password) {
        this.adminUsername = username;
        this.adminPassword = password;
        return this;
    }

    /** Drops the previous database, so the realm file is imported again (tests; after editing the realm). */
    public KeycloakOptions freshDatabase(boolean freshDatabase) {
        this.freshDatabase = freshDatabase;
        return this;
    }

    /** Another realm export to import next to {@code commerce}. */
    public KeycloakOptions addRealm(Path realmFile) {
        this.extraRealmFiles.add(realmFile);
        return this;
    }

    public KeycloakOptions startupTimeout(Duration startupTimeout) {
        this.startupTimeout = startupTimeout;
        return this;
    }

    /** JVM options appended to the server's defaults ({@code JAVA_OPTS_APPEND}). */
    public KeycloakOptions javaOptsAppend(String javaOptsAppend) {
        this.javaOptsAppend = javaOptsAppend;
        return this;
    }

    int port() {
        return port;
    }

    String bindHost() {
        return bindHost;
    }

    String hostname() {
        return hostname;
    }

    Path workDir() {
        return workDir;
    }

    String adminUsername() {
        return adminUsername;
    }

    String adminPassword() {
        return adminPassword;
    }

    boolean freshDatabase() {
        return freshDatabase;
    }

    List<Path> extraRealmFiles() {
        return List.copyOf(extraRealmFiles);
    }

    Duration startupTimeout() {
        return startupTimeout;
    }

    /** The {@code kc.sh start-dev} command line for a server installed at {@code home}. */
    List<String> command(Path home, int httpPort, int managementPort) {
        boolean windows = System.getProperty("os.name", "").toLowerCase().startsWith("windows");
        List<String> command = new ArrayList<>(List.of(
                home.resolve("bin").resolve(windows ? "kc.bat" : "kc.sh").toString(),
                "start-dev",
                "--http-port=" + httpPort,
                "--http-host=" + bindHost,
                "--http-management-port=" + managementPort,
                "--import-realm"));
        if (hostname != null && !hostname.isBlank()) {
            command.add("--hostname=" + hostname);
        }
        return command;
    }

    Map<String, String> environment() {
        return Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", adminUsername,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword,
                "JAVA_OPTS_APPEND", javaOptsAppend);
    }
}
