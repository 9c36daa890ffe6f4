package dev.commerce.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The Keycloak server distribution ({@code org.keycloak:keycloak-quarkus-dist} tar.gz) and its installation into a
 * work directory. The archive comes from the local Maven repository, where building the {@code keycloak} module
 * puts it; {@code -Dkeycloak.distribution} or {@code KEYCLOAK_DISTRIBUTION} point elsewhere (an archive or an
 * already extracted server directory).
 */
public final class KeycloakDistribution {

    static final String PROPERTY = "keycloak.distribution";
    static final String ENV = "KEYCLOAK_DISTRIBUTION";
    private static final String MARKER = ".installed";

    private final String version;
    private final Path source;

    KeycloakDistribution(String version, Path source) {
        this.version = version;
        this.source = source;
    }

    public static KeycloakDistribution locate() {
        String version = bundledVersion();
        String explicit = System.getProperty(PROPERTY, System.getenv(ENV));
        Path source = explicit != null && !explicit.isBlank()
                ? Path.of(explicit)
                : localRepository().resolve("org/keycloak/keycloak-quarkus-dist/%s/keycloak-quarkus-dist-%s.tar.gz"
                        .formatted(version, version));
        if (!Files.exists(source)) {
            throw new IllegalStateException("Keycloak distribution not found at " + source + ". Fetch it with "
                    + "`./mvnw -pl keycloak -am package -DskipTests` (it is a dependency of the keycloak module) "
                    + "or point -D" + PROPERTY + " / " + ENV + " at a keycloak-quarkus-dist archive or directory.");
        }
        return new KeycloakDistribution(version, source);
    }

    /** The Keycloak version this module was built for: the root pom's {@code keycloak.version}. */
    public static String bundledVersion() {
        try (InputStream in = KeycloakDistribution.class.getResourceAsStream("distribution.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("distribution.properties missing from the keycloak module jar", e);
        }
    }

    static Path localRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    public String version() {
        return version;
    }

    public Path source() {
        return source;
    }

    /**
     * Returns the server directory under {@code workDir}, extracting the archive the first time. A file lock makes
     * concurrent JVMs (tests and the launcher) extract once; a marker file makes an interrupted extraction restart.
     */
    public Path installInto(Path workDir) throws IOException {
        if (Files.isRegularFile(source.resolve("bin").resolve("kc.sh"))) {
            return source;
        }
        Path home = workDir.resolve("keycloak-" + version).toAbsolutePath();
        if (Files.exists(home.resolve(MARKER))) {
            return home;
        }
        Files.createDirectories(workDir);
        try (FileChannel channel = FileChannel.open(workDir.resolve(".install.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = channel.lock();
            try {
                if (!Files.exists(home.resolve(MARKER))) {
                    extract(workDir, home);
                }
            } finally {
                lock.release();
            }
        }
        return home;
    }

    private void extract(Path workDir, Path home) throws IOException {
        Path scratch = Files.createTempDirectory(workDir, ".extract-");
        try {
            run(new ProcessBuilder("tar", "-xzf", source.toAbsolutePath().toString(), "-C", scratch.toString()));
            Path extracted;
            try (var entries = Files.list(scratch)) {
                extracted = entries.filter(Files::isDirectory).findFirst()
                        .orElseThrow(() -> new IOException("empty Keycloak archive " + source));
            }
            FileTree.delete(home);
            Files.move(extracted, home, StandardCopyOption.ATOMIC_MOVE);
            Files.createFile(home.resolve(MARKER));
        } finally {
            FileTree.delete(scratch);
        }
    }

    private static void run(ProcessBuilder command) throws IOException {
        Process process = command.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("extracting the Keycloak distribution failed: " + command.command());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new UncheckedIOException(new IOException("interrupted while extracting Keycloak", e));
        }
    }
}
