package dev.commerce.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commerce.launcher.testapp.TinyHealthApp;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessIT {

    @TempDir
    Path dir;

    private ChildProcess tiny(int port, String mode) {
        List<String> command = JavaCommand.mainClass(JavaCommand.currentClasspath(), TinyHealthApp.class.getName())
                .jvmOptions(List.of("-Xmx32m", "-XX:TieredStopAtLevel=1")).toCommand();
        return ChildProcess.start("tiny", command, Map.of("SERVER_PORT", Integer.toString(port),
                "DATA_DIR", dir.toString(), "TINY_MODE", mode), dir, dir.resolve("logs/tiny.log"));
    }

    @Test
    void becomesReadyAndStopsGracefullyOnSigterm() {
        int port = Ports.freePort();
        ChildProcess child = tiny(port, "ok");
        HttpReadiness.await(child, URI.create("http://localhost:" + port + "/actuator/health/readiness"), true,
                Duration.ofSeconds(30));
        assertThat(ProcessHandle.of(child.pid()).flatMap(handle -> handle.info().command()))
                .as("the pid is the JVM itself, not a wrapper").hasValueSatisfying(cmd -> assertThat(cmd).endsWith("java"));

        child.stop(Duration.ofSeconds(20));

        assertThat(child.isAlive()).isFalse();
        assertThat(dir.resolve("tiny/stopped")).as("the shutdown hook ran").exists();
        assertThat(child.logTail(5)).contains("tiny app stopping");
        assertThat(Ports.isFree(port)).isTrue();
    }

    @Test
    void aChildThatDoesNotStopOnSigtermIsKilledAfterTheGracePeriod() {
        int port = Ports.freePort();
        ChildProcess child = tiny(port, "ignore-term");
        HttpReadiness.await(child, URI.create("http://localhost:" + port + "/actuator/health/readiness"), true,
                Duration.ofSeconds(30));

        child.stop(Duration.ofSeconds(2));

        assertThat(child.isAlive()).isFalse();
        assertThat(child.exitCode()).hasValue(137);
        assertThat(dir.resolve("tiny/stopped")).doesNotExist();
    }

    @Test
    void thePreviousRunsLogIsKeptNextToTheNewOne() {
        ChildProcess first = tiny(Ports.freePort(), "crash");
        first.process().onExit().join();
        ChildProcess second = tiny(Ports.freePort(), "crash");
        second.process().onExit().join();

        assertThat(second.exitCode()).hasValue(3);
        assertThat(dir.resolve("logs/tiny.log")).content().contains("boom").startsWith("# ");
        assertThat(dir.resolve("logs/tiny.log.1")).content().contains("boom");
    }
}
