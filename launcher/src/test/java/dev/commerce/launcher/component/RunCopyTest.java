package dev.commerce.launcher.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCopyTest {

    @TempDir
    Path dir;

    @Test
    void aRebuildAfterTheStartDoesNotTouchTheCopyTheServiceRunsFrom() throws IOException {
        Path jar = Files.writeString(dir.resolve("item-service-0.1.0.jar"), "first build");

        Path copy = RunCopy.of(jar, dir.resolve("run"));
        Files.writeString(jar, "second build, written while the service runs");

        assertThat(copy).isEqualTo(dir.resolve("run/item-service-0.1.0.jar")).hasContent("first build");
    }

    @Test
    void theNextStartPicksUpTheNewBuild() throws IOException {
        Path jar = Files.writeString(dir.resolve("item-service-0.1.0.jar"), "first build");
        RunCopy.of(jar, dir.resolve("run"));
        Files.writeString(jar, "second build");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(RunCopy.of(jar, dir.resolve("run"))).hasContent("second build");
    }
}
