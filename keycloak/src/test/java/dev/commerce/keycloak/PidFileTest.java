package dev.commerce.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidFileTest {

    @TempDir
    Path workDir;

    @Test
    void stopsAServerLeftBehindByAKilledJvm() throws Exception {
        Path home = Files.createDirectories(workDir.resolve("keycloak-1.2.3"));
        Process leftover = new ProcessBuilder("sh", "-c", "sleep 300", home.toString()).start();
        PidFile pidFile = new PidFile(workDir, home);
        pidFile.write(leftover.pid());

        pidFile.stopLeftover();

        assertThat(leftover.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(workDir.resolve("keycloak.pid")).doesNotExist();
    }

    @Test
    void leavesAProcessAloneThatIsNotAKeycloakOfThisWorkDirectory() throws Exception {
        Path home = Files.createDirectories(workDir.resolve("keycloak-1.2.3"));
        Process stranger = new ProcessBuilder("sh", "-c", "sleep 300").start();
        try {
            PidFile pidFile = new PidFile(workDir, home);
            pidFile.write(stranger.pid());

            pidFile.stopLeftover();

            assertThat(stranger.isAlive()).isTrue();
            assertThat(workDir.resolve("keycloak.pid")).doesNotExist();
        } finally {
            stranger.destroyForcibly();
        }
    }
}
