package dev.commerce.launcher.component;

import dev.commerce.keycloak.KeycloakDistribution;
import dev.commerce.keycloak.KeycloakOptions;
import dev.commerce.keycloak.KeycloakServer;
import dev.commerce.launcher.process.StartupException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real Keycloak from its Maven Central distribution with the {@code commerce} realm, through the keycloak
 * module's {@link KeycloakServer} (which installs it under {@code <dataDir>/keycloak}, keeps its database there and
 * stops a leftover of a killed launcher itself). The issuer is fixed to {@code http://localhost:<port>/realms/commerce}.
 */
public final class KeycloakComponent implements Component {

    private final int port;

    public KeycloakComponent(int port) {
        this.port = port;
    }

    @Override
    public String name() {
        return "keycloak";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public List<String> dependsOn() {
        return List.of();
    }

    @Override
    public List<String> modules() {
        return List.of("keycloak");
    }

    @Override
    public String address() {
        return "http://localhost:" + port;
    }

    @Override
    public Map<String, String> exports() {
        return Map.of("KEYCLOAK_URL", address(),
                "KEYCLOAK_ISSUER_URI", address() + "/realms/" + KeycloakServer.REALM);
    }

    @Override
    public Optional<String> unavailableReason(LaunchContext context) {
        try {
            KeycloakDistribution.locate();
            return Optional.empty();
        } catch (IllegalStateException e) {
            return Optional.of("distribution not downloaded yet (./mvnw -pl keycloak -am package -DskipTests)");
        }
    }

    /** KeycloakServer records its process in {@code keycloak.pid} of its work directory. */
    @Override
    public Optional<ProcessHandle> leftover(LaunchContext context) {
        Path workDir = context.dataDir().resolve("keycloak").toAbsolutePath();
        try {
            long pid = Long.parseLong(Files.readString(workDir.resolve("keycloak.pid")).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(handle -> handle.info().commandLine().map(line -> line.contains(workDir.toString()))
                            .orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public RunningComponent start(LaunchContext context) {
        Path workDir = context.dataDir().resolve("keycloak");
        KeycloakServer server;
        try {
            // the first start extracts 160 MB and re-augments Quarkus: measured 215 s on a busy 2-core machine
            server = KeycloakServer.start(new KeycloakOptions().port(port).workDir(workDir)
                    .hostname(address()).startupTimeout(context.startTimeout().plusMinutes(3)));
        } catch (RuntimeException e) {
            throw new StartupException("keycloak did not start: " + e.getMessage(), e);
        }
        linkLog(server.logFile(), context.logFile(name()));
        return new RunningKeycloak(server, context.logFile(name()));
    }

    /** The server writes its log next to its database; a link keeps every log in one folder. */
    private static void linkLog(Path serverLog, Path link) {
        try {
            Files.createDirectories(link.getParent());
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, serverLog.toAbsolutePath());
        } catch (IOException | UnsupportedOperationException e) {
            // the table still names the logs folder; the server's own log stays where it is
        }
    }

    private record RunningKeycloak(KeycloakServer server, Path logFile) implements RunningComponent {

        @Override
        public String name() {
            return "keycloak";
        }

        @Override
        public String address() {
            return server.baseUrl();
        }

        @Override
        public Map<String, String> links() {
            Map<String, String> links = new LinkedHashMap<>();
            links.put("admin console", server.baseUrl() + "/admin (" + server.adminUsername() + "/"
                    + server.adminPassword() + ", demo only)");
            links.put("issuer", server.issuerUri());
            return links;
        }

        /** Keycloak tracks its own process (pid file in its work directory). */
        @Override
        public long pid() {
            return -1;
        }

        @Override
        public boolean isAlive() {
            return server.isRunning();
        }

        @Override
        public void stop() {
            server.stop();
        }
    }
}
