package dev.commerce.launcher;

import static dev.commerce.launcher.testapp.TestServices.fakeBootJar;
import static dev.commerce.launcher.testapp.TestServices.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.commerce.launcher.process.JavaCommand;
import dev.commerce.launcher.process.Ports;
import dev.commerce.launcher.testapp.FakeMariaDb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's main in its own JVM, as run.sh starts it, against a repository with a (fake) service jar. */
class LauncherMainIT {

    @TempDir
    Path root;

    private Process launcher;
    private Path outputFile;

    @AfterEach
    void killLauncher() {
        if (launcher != null && launcher.isAlive()) {
            launcher.destroyForcibly();
        }
        if (outputFile != null) {
            outputFile.toFile().delete();
        }
    }

    private Process launch(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(JavaCommand.mainClass(JavaCommand.currentClasspath(),
                PlatformLauncher.class.getName()).jvmOptions(List.of("-Xmx128m")).toCommand());
        command.addAll(List.of("--root", root.toString(), "--data-dir", root.resolve(".platform").toString()));
        command.addAll(List.of(args));
        // a file, not a pipe: the JDK may close a pipe under a reader when the process exits, losing its last lines
        outputFile = Files.createTempFile("launcher", ".out");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(outputFile.toFile());
        builder.environment().putAll(env);
        launcher = builder.start();
        return launcher;
    }

    private String output() {
        try {
            return Files.readString(outputFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void startsTheBrokerAndAServicePrintsTheTableAndSigtermStopsEveryChild() throws Exception {
        fakeBootJar(root, "item-service");
        int kafka = Ports.freePort();
        int items = Ports.freePort();
        launch(Map.of("KAFKA_PORT", Integer.toString(kafka), "ITEM_SERVICE_PORT", Integer.toString(items)),
                "--only", "item-service");

        await().atMost(Duration.ofSeconds(120)).until(() -> output().contains("Ctrl-C stops everything"));
        assertThat(output())
                .containsPattern("item-service +http://localhost:" + items + " +http://localhost:" + items
                        + "/swagger-ui.html +http://localhost:" + items + "/actuator/health")
                .containsPattern("kafka +localhost:" + kafka)
                .contains("logs: " + root.resolve(".platform/logs"));
        assertThat(get("http://localhost:" + items + "/env"))
                .contains("KAFKA_BOOTSTRAP_SERVERS=localhost:" + kafka, "ORDER_SERVICE_URL=http://localhost:8081");
        List<Long> children = Files.readAllLines(root.resolve(".platform/launcher.pids")).stream()
                .map(line -> Long.parseLong(line.split(" ")[1])).toList();
        assertThat(children).hasSize(2);

        launcher.destroy();
        assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(children).allSatisfy(pid ->
                assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("child " + pid).isEmpty());
        assertThat(root.resolve(".platform/data/item-service/stopped")).exists();
        assertThat(output().indexOf("stopping item-service"))
                .isPositive().isLessThan(output().indexOf("stopping kafka"));
        assertThat(Ports.isFree(kafka) && Ports.isFree(items)).isTrue();
    }

    @Test
    void aTakenPortEndsTheLauncherWithExitCodeOneAndSaysWhichAndHowToOverride() throws Exception {
        fakeBootJar(root, "item-service");
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            launch(Map.of("KAFKA_PORT", Integer.toString(Ports.freePort()),
                    "ITEM_SERVICE_PORT", Integer.toString(taken.getLocalPort())), "--only", "item-service");
            assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(launcher.exitValue()).isEqualTo(1);
        assertThat(output()).contains("launcher: already in use by another process: port")
                .contains("(item-service, override with ITEM_SERVICE_PORT)");
        assertThat(root.resolve(".platform/logs")).doesNotExist();
    }

    @Test
    void aBadCommandLineEndsWithExitCodeTwoAndTheUsage() throws Exception {
        launch(Map.of(), "--only");
        assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(launcher.exitValue()).isEqualTo(2);
        assertThat(output()).contains("--only needs a value").contains("usage: ./run.sh");
    }

    @Test
    void aServiceThatDiesAfterTheStartIsReportedWithItsLogAndTheLauncherEndsWhenNothingRuns() throws Exception {
        fakeBootJar(root, "item-service");
        launch(Map.of("ITEM_SERVICE_PORT", Integer.toString(Ports.freePort()), "TINY_CRASH_AFTER_MS", "3000",
                "KAFKA_BOOTSTRAP_SERVERS", "elsewhere:9092"), "--only", "item-service", "--skip", "kafka");

        assertThat(launcher.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(launcher.exitValue()).isEqualTo(1);
        assertThat(output())
                .contains("kafka              skipped: skipped with --skip")
                .contains("launcher: item-service stopped unexpectedly; last lines of")
                .contains("tiny app crashes on purpose")
                .contains("launcher: every component has stopped");
        assertThat(Files.readString(root.resolve(".platform/logs/item-service.log")))
                .contains("tiny app starting in mode ok")
                .as("a skipped broker keeps the address the launcher's environment gives")
                .contains("KAFKA_BOOTSTRAP_SERVERS=elsewhere:9092");
    }

    @Test
    void severalInstancesOnH2AreRefusedWithTheCommandThatWorks() throws Exception {
        fakeBootJar(root, "item-service");
        launch(Map.of("KAFKA_BOOTSTRAP_SERVERS", "elsewhere:9092"), "--only", "item-service", "--skip", "kafka",
                "--replicas", "2");
        assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(launcher.exitValue()).isEqualTo(1);
        assertThat(output()).contains("several instances of a service need --profile mysql")
                .contains("./run.sh --profile mysql --replicas 2");
    }

    @Test
    void aScaledServiceIsListedPerInstanceAndAKilledInstanceIsStartedAgain() throws Exception {
        fakeBootJar(root, "item-service");
        int items = Ports.freePort();
        int items2 = Ports.freePort();
        try (FakeMariaDb database = FakeMariaDb.start()) {
            launch(Map.of("KAFKA_BOOTSTRAP_SERVERS", "elsewhere:9092", "DB_HOST", "127.0.0.1",
                    "DB_PORT", Integer.toString(database.port()), "ITEM_SERVICE_PORT", Integer.toString(items),
                    "ITEM_SERVICE_2_PORT", Integer.toString(items2)),
                    "--only", "item-service", "--skip", "kafka", "--profile", "mysql", "--replicas", "2");

            await().atMost(Duration.ofSeconds(120)).until(() -> output().contains("Ctrl-C stops everything"));
            assertThat(output())
                    .containsPattern("item-service +http://localhost:" + items + " ")
                    .containsPattern("item-service-2 +http://localhost:" + items2 + " ");
            List<String> pids = Files.readAllLines(root.resolve(".platform/launcher.pids"));
            assertThat(pids).extracting(line -> line.split(" ")[0]).containsExactlyInAnyOrder("item-service", "item-service-2");
            long second = pids.stream().filter(line -> line.startsWith("item-service-2 "))
                    .mapToLong(line -> Long.parseLong(line.split(" ")[1])).findFirst().orElseThrow();

            ProcessHandle.of(second).orElseThrow().destroyForcibly();

            await().atMost(Duration.ofSeconds(90)).until(() -> output().contains("item-service-2 is running again"));
            assertThat(output()).contains("launcher: item-service-2 stopped unexpectedly; starting it again in 2 s");
            assertThat(get("http://localhost:" + items2 + "/env")).contains("INSTANCE_ID=item-service-2");

            launcher.destroy();
            assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Ports.isFree(items) && Ports.isFree(items2)).isTrue();
    }

    @Test
    void unbuiltModulesAreListedAsSkipped() throws Exception {
        fakeBootJar(root, "item-service");
        launch(Map.of(), "--list");
        assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output())
                .contains("item-service       http://localhost:8082    starts")
                .contains("order-service      http://localhost:8081    not built yet")
                .contains("chatbot-adapter    http://localhost:8084    needs process-engine, which does not start");
    }
}
