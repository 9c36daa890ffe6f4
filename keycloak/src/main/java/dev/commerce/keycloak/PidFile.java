package dev.commerce.keycloak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Remembers the server process of a work directory, so that a Keycloak left behind by a JVM that was killed
 * (and could not run its shutdown hook) is stopped before the next start instead of holding the port.
 */
final class PidFile {

    private final Path file;
    private final Path home;

    PidFile(Path workDir, Path home) {
        this.file = workDir.resolve("keycloak.pid");
        this.home = home;
    }

    void write(long pid) throws IOException {
        Files.writeString(file, Long.toString(pid));
    }

    void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Stops the recorded process when it still runs and is a Keycloak of this installation. */
    void stopLeftover() throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        Optional<ProcessHandle> leftover = parse(Files.readString(file)).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(this::belongsToHome);
        leftover.ifPresent(PidFile::terminate);
        delete();
    }

    private boolean belongsToHome(ProcessHandle handle) {
        return handle.info().commandLine().map(line -> line.contains(home.toString())).orElse(false);
    }

    private static void terminate(ProcessHandle handle) {
        var children = handle.descendants().toList();
        handle.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            handle.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception stillRunning) {
            handle.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static Optional<Long> parse(String text) {
        try {
            return Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
