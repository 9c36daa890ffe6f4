package dev.commerce.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real Keycloak ({@code kc.sh start-dev}) from the Maven Central distribution with the {@code commerce} realm
 * imported. Plain JDK on purpose: the gateway tests, the launcher and the end-to-end tests all use it.
 *
 * <pre>{@code
 * try (KeycloakServer keycloak = KeycloakServer.start(8180, Path.of(".platform/keycloak"))) {
 *     String issuer = keycloak.issuerUri();   // http://localhost:8180/realms/commerce
 * }
 * }</pre>
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "commerce";
    static final String REALM_RESOURCE = "realm/commerce-realm.json";

    private final String baseUrl;
    private final String adminUsername;
    private final String adminPassword;
    private final Process process;
    private final PidFile pidFile;
    private final Path logFile;
    private final Thread shutdownHook;

    private KeycloakServer(String baseUrl, KeycloakOptions options, Process process, PidFile pidFile, Path logFile) {
        this.baseUrl = baseUrl;
        this.adminUsername = options.adminUsername();
        this.adminPassword = options.adminPassword();
        this.process = process;
        this.pidFile = pidFile;
        this.logFile = logFile;
        this.shutdownHook = process == null ? null : new Thread(this::stop, "keycloak-shutdown");
        if (shutdownHook != null) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    /** Starts on {@code port} with a fixed issuer {@code http://localhost:<port>/realms/commerce}; blocks until ready. */
    public static KeycloakServer start(int port, Path workDir) {
        return start(new KeycloakOptions().port(port).workDir(workDir).hostname("http://localhost:" + port));
    }

    public static KeycloakServer start(KeycloakOptions options) {
        try {
            return launch(options);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Keycloak", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting Keycloak", e);
        }
    }

    /** A Keycloak somebody else runs (with the realm imported): stop() leaves it alone. */
    public static KeycloakServer external(String baseUrl, String adminUsername, String adminPassword) {
        KeycloakOptions options = new KeycloakOptions().admin(adminUsername, adminPassword);
        return new KeycloakServer(stripSlash(baseUrl), options, null, null, null);
    }

    private static KeycloakServer launch(KeycloakOptions options) throws IOException, InterruptedException {
        Path workDir = options.workDir().toAbsolutePath();
        Path home = KeycloakDistribution.locate().installInto(workDir);
        PidFile pidFile = new PidFile(workDir, home);
        pidFile.stopLeftover();
        int port = options.port() == 0 ? FreePort.find() : options.port();
        if (!FreePort.isFree(options.bindHost(), port)) {
            throw new IllegalStateException("port " + port + " is in use: is another Keycloak running?");
        }
        prepareData(home, options);
        Path logFile = workDir.resolve("keycloak.log");
        ProcessBuilder builder = new ProcessBuilder(options.command(home, port, FreePort.find()))
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(options.environment());
        Process process = builder.start();
        pidFile.write(process.pid());
        String baseUrl = options.hostname() != null ? stripSlash(options.hostname()) : "http://127.0.0.1:" + port;
        KeycloakServer server = new KeycloakServer(baseUrl, options, process, pidFile, logFile);
        String probeUrl = "http://" + ("0.0.0.0".equals(options.bindHost()) ? "127.0.0.1" : options.bindHost()) + ":" + port;
        if (!new ReadinessProbe(probeUrl, REALM).await(options.startupTimeout(), process::isAlive)) {
            server.stop();
            throw new IllegalStateException("Keycloak did not become ready within " + options.startupTimeout()
                    + "; last lines of " + logFile + ":\n" + LogTail.of(logFile, 40));
        }
        return server;
    }

    private static void prepareData(Path home, KeycloakOptions options) throws IOException {
        Path data = home.resolve("data");
        if (options.freshDatabase()) {
            FileTree.delete(data);
        }
        Path imports = data.resolve("import");
        FileTree.delete(imports);
        Files.createDirectories(imports);
        try (InputStream realm = KeycloakServer.class.getResourceAsStream(REALM_RESOURCE)) {
            if (realm == null) {
                throw new IllegalStateException(REALM_RESOURCE + " missing from the keycloak module jar");
            }
            Files.copy(realm, imports.resolve("commerce-realm.json"));
        }
        for (Path extra : options.extraRealmFiles()) {
            Files.copy(extra, imports.resolve(extra.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** For example {@code http://localhost:8180}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The {@code iss} of the realm's tokens when the server runs with a fixed hostname. */
    public String issuerUri() {
        return baseUrl + "/realms/" + REALM;
    }

    public String tokenEndpoint() {
        return issuerUri() + "/protocol/openid-connect/token";
    }

    /** The master realm's bootstrap administrator, for the admin REST API (demo and tests only). */
    public String adminUsername() {
        return adminUsername;
    }

    public String adminPassword() {
        return adminPassword;
    }

    public boolean isRunning() {
        return process == null || process.isAlive();
    }

    /** Stops the server (SIGTERM, then kill after 30 s) together with the JVM that kc.sh started. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroy();
        tree.forEach(ProcessHandle::destroy);
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        try {
            pidFile.delete();
        } catch (IOException ignored) {
            // a stale pid file only makes the next start check a process that no longer exists
        }
        removeShutdownHook();
    }

    private void removeShutdownHook() {
        if (Thread.currentThread() == shutdownHook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to: nothing to undo
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** The server's own output, for diagnostics. */
    public Path logFile() {
        return logFile;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** {@code java -cp keycloak.jar dev.commerce.keycloak.KeycloakServer [port] [workDir]}: runs until Ctrl-C. */
    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0])
                : Integer.parseInt(System.getenv().getOrDefault("KEYCLOAK_PORT", "8180"));
        Path workDir = Path.of(args.length > 1 ? args[1] : ".platform/keycloak");
        KeycloakServer server = start(port, workDir);
        System.out.println("Keycloak ready: " + server.issuerUri() + " (log: " + server.logFile() + ")");
        server.process.waitFor();
    }
}
