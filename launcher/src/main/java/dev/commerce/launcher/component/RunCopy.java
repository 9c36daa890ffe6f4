package dev.commerce.launcher.component;

import dev.commerce.launcher.process.StartupException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A running Spring Boot jar loads classes from itself lazily; when {@code mvn package} rewrites it in
 * {@code target/}, the service fails later with {@code NoClassDefFoundError} (typically while shutting down).
 * Services therefore run from a copy under {@code <dataDir>/run}, refreshed only when the build changed.
 */
final class RunCopy {

    private RunCopy() {
    }

    static Path of(Path jar, Path runDir) {
        Path copy = runDir.resolve(jar.getFileName());
        try {
            if (!isSame(jar, copy)) {
                Files.createDirectories(runDir);
                Path partial = runDir.resolve(jar.getFileName() + ".partial");
                Files.copy(jar, partial, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return copy;
        } catch (IOException e) {
            throw new StartupException("cannot copy " + jar + " to " + runDir + ": " + e.getMessage(), e);
        }
    }

    private static boolean isSame(Path jar, Path copy) throws IOException {
        return Files.exists(copy) && Files.size(copy) == Files.size(jar)
                && Files.getLastModifiedTime(copy).equals(Files.getLastModifiedTime(jar));
    }
}
