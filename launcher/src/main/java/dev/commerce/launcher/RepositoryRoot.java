package dev.commerce.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the checkout: the nearest folder up from the working directory (or this jar) with mvnw and launcher/. */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    public static Path detect() {
        return search(Path.of("").toAbsolutePath())
                .or(() -> ownLocation().flatMap(RepositoryRoot::search))
                .orElseThrow(() -> new IllegalStateException(
                        "cannot find the repository (a folder with mvnw and launcher/); pass --root"));
    }

    static Optional<Path> search(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("launcher"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> ownLocation() {
        try {
            return Optional.of(Path.of(RepositoryRoot.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
