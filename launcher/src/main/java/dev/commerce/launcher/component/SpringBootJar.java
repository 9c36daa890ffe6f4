package dev.commerce.launcher.component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds {@code <module>/target/<module>-<version>.jar} when it is an executable Spring Boot jar. A module that
 * is still a skeleton builds a plain jar without {@code Start-Class}; that counts as not built yet.
 */
public final class SpringBootJar {

    private SpringBootJar() {
    }

    public static Optional<Path> find(Path moduleDir, String module) {
        Path target = moduleDir.resolve("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> isCandidate(file.getFileName().toString(), module))
                    .filter(SpringBootJar::isExecutable)
                    .max(Comparator.comparingLong(SpringBootJar::modified));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean isCandidate(String file, String module) {
        return file.startsWith(module + "-") && file.endsWith(".jar")
                && Stream.of("-sources.jar", "-javadoc.jar", "-tests.jar", "-plain.jar").noneMatch(file::endsWith);
    }

    static boolean isExecutable(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest() != null && file.getManifest().getMainAttributes().getValue("Start-Class") != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
