package dev.commerce.launcher;

import static dev.commerce.launcher.testapp.TestServices.fakeBootJar;
import static dev.commerce.launcher.testapp.TestServices.get;
import static dev.commerce.launcher.testapp.TestServices.marker;
import static dev.commerce.launcher.testapp.TestServices.tiny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.commerce.launcher.component.Component;
import dev.commerce.launcher.component.JavaService;
import dev.commerce.launcher.component.KafkaBrokerComponent;
import dev.commerce.launcher.component.RunningComponent;
import dev.commerce.launcher.process.Ports;
import dev.commerce.launcher.process.ProcessTracker;
import dev.commerce.launcher.process.StartupException;
import dev.commerce.launcher.testapp.FakeMariaDb;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformIT {

    @TempDir
    Path root;

    private final List<String> progress = new CopyOnWriteArrayList<>();

    private PlatformSpec.Builder spec(Component... components) {
        return PlatformSpec.builder(root).dataDir(root.resolve(".platform")).components(List.of(components))
                .environment(Map.of()).progress(progress::add).startTimeout(Duration.ofSeconds(60));
    }

    private Path serviceData(String name) {
        return root.resolve(".platform/data").resolve(name);
    }

    @Test
    void startsDependenciesFirstIndependentOnesInParallelAndStopsDependentsFirst() {
        int kafka = Ports.freePort();
        int alpha = Ports.freePort();
        int beta = Ports.freePort();
        int gamma = Ports.freePort();
        try (RunningPlatform platform = Platform.start(spec(
                new KafkaBrokerComponent(kafka),
                tiny("alpha", alpha).dependsOn("kafka").env("TINY_READY_AFTER_MS", "3000"),
                tiny("beta", beta).dependsOn("kafka").env("TINY_READY_AFTER_MS", "3000"),
                tiny("gamma", gamma).dependsOn("alpha")).build())) {

            assertThat(platform.baseUrl("alpha")).isEqualTo("http://localhost:" + alpha);
            assertThat(platform.kafkaBootstrapServers()).isEqualTo("localhost:" + kafka);
            assertThat(get(platform.baseUrl("gamma") + "/env").lines()).contains(
                    "KAFKA_BOOTSTRAP_SERVERS=localhost:" + kafka,
                    "ALPHA_URL=http://localhost:" + alpha,
                    "BETA_URL=http://localhost:" + beta,
                    "SERVER_PORT=" + gamma,
                    "DATA_DIR=" + root.resolve(".platform/data"))
                    .noneMatch(line -> line.startsWith("SPRING_PROFILES_ACTIVE"));

            // alpha and beta started before the other one was ready: they started side by side
            assertThat(marker(serviceData("beta"), "started")).isLessThan(marker(serviceData("alpha"), "ready"));
            assertThat(marker(serviceData("alpha"), "started")).isLessThan(marker(serviceData("beta"), "ready"));
            // gamma waited for alpha
            assertThat(marker(serviceData("gamma"), "started")).isGreaterThanOrEqualTo(marker(serviceData("alpha"), "ready"));

            assertThat(root.resolve(".platform/logs/alpha.log")).content().contains("tiny app starting in mode ok");
            assertThat(root.resolve(".platform/logs/kafka.log")).exists();
            assertThat(root.resolve(".platform/launcher.pids")).content()
                    .contains("kafka ", "alpha ", "beta ", "gamma ");
        }

        for (String name : List.of("alpha", "beta", "gamma")) {
            assertThat(serviceData(name).resolve("stopped")).as(name + " stopped gracefully").exists();
        }
        assertThat(marker(serviceData("gamma"), "stopped")).isLessThanOrEqualTo(marker(serviceData("alpha"), "stopped"));
        assertThat(List.of(kafka, alpha, beta, gamma)).allMatch(Ports::isFree);
        assertThat(root.resolve(".platform/launcher.pids")).doesNotExist();
        assertThat(progress).contains("stopping gamma", "stopping kafka");
        assertThat(progress.indexOf("stopping gamma")).isLessThan(progress.indexOf("stopping alpha"));
        assertThat(progress.indexOf("stopping alpha")).isLessThan(progress.indexOf("stopping kafka"));
    }

    @Test
    void aServiceThatDiesWhileStartingFailsTheStartWithItsLogAndTheOthersAreStopped() {
        int alpha = Ports.freePort();
        int beta = Ports.freePort();
        assertThatThrownBy(() -> Platform.start(spec(
                tiny("alpha", alpha),
                tiny("beta", beta).env("TINY_MODE", "crash"),
                tiny("gamma", Ports.freePort()).dependsOn("beta")).build()))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("beta exited with code 3 while starting")
                .hasMessageContaining("boom: the tiny app cannot start")
                .hasMessageContaining("beta.log");

        assertThat(serviceData("alpha").resolve("stopped")).as("alpha was started, then stopped").exists();
        assertThat(serviceData("gamma")).as("gamma never started").doesNotExist();
        assertThat(Ports.isFree(alpha)).isTrue();
        assertThat(root.resolve(".platform/launcher.pids")).doesNotExist();
    }

    @Test
    void aServiceThatNeverBecomesReadyTimesOutAndIsStopped() {
        int alpha = Ports.freePort();
        assertThatThrownBy(() -> Platform.start(spec(tiny("alpha", alpha).env("TINY_READY_AFTER_MS", "600000"))
                .startTimeout(Duration.ofSeconds(4)).build()))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("alpha was not ready at http://localhost:" + alpha + "/actuator/health/readiness within 4 s")
                .hasMessageContaining("OUT_OF_SERVICE");
        assertThat(Ports.isFree(alpha)).isTrue();
    }

    @Test
    void aTakenPortIsReportedByNameBeforeAnythingStarts() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();
            int free = Ports.freePort();
            assertThatThrownBy(() -> Platform.start(spec(tiny("alpha", free), tiny("beta", port)).build()))
                    .isInstanceOf(StartupException.class)
                    .hasMessageContaining("port " + port + " (beta, override with BETA_PORT)");
        }
        assertThat(root.resolve(".platform/logs")).doesNotExist();
    }

    @Test
    void theMysqlProfileReachesTheServicesAndAMissingDatabaseStopsTheStartWithAHint() throws IOException {
        fakeBootJar(root, "delta-service");
        int delta = Ports.freePort();
        int closedPort = Ports.freePort();
        assertThatThrownBy(() -> Platform.start(spec(
                        JavaService.springBootModule("delta-service", delta))
                .profile("mysql").environment(Map.of("DB_HOST", "127.0.0.1", "DB_PORT", Integer.toString(closedPort)))
                .build()))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("--profile mysql needs MySQL or MariaDB on 127.0.0.1:" + closedPort);
        assertThat(root.resolve(".platform/logs")).doesNotExist();

        try (ServerSocket database = new ServerSocket()) {
            database.bind(new InetSocketAddress("127.0.0.1", 0));
            try (RunningPlatform platform = Platform.start(spec(
                            JavaService.springBootModule("delta-service", delta))
                    .profile("mysql").environment(Map.of("DB_HOST", "127.0.0.1",
                            "DB_PORT", Integer.toString(database.getLocalPort()))).build())) {
                assertThat(get(platform.baseUrl("delta-service") + "/env").lines())
                        .contains("SPRING_PROFILES_ACTIVE=mysql");
            }
        }
    }

    @Test
    void aSecondStartOnTheSameDataFindsTheFirstAndStopRemovesLeftovers() {
        int alpha = Ports.freePort();
        Path pidFile = root.resolve(".platform/launcher.pids");
        try (RunningPlatform first = Platform.start(spec(tiny("alpha", alpha)).build())) {
            long pid = first.component("alpha").pid();
            assertThatThrownBy(() -> Platform.start(spec(tiny("alpha", Ports.freePort())).build()))
                    .isInstanceOf(StartupException.class)
                    .hasMessageContaining("already running from")
                    .hasMessageContaining("alpha pid " + pid)
                    .hasMessageContaining("--stop");

            // what ./run.sh --stop does after the first launcher was killed with SIGKILL
            assertThat(ProcessTracker.stopLeftovers(pidFile, Duration.ofSeconds(10)))
                    .extracting(ProcessTracker.Leftover::name).containsExactly("alpha");
            assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
            assertThat(Ports.isFree(alpha)).isTrue();
            assertThat(pidFile).doesNotExist();
        }
    }

    @Test
    void oneComponentCanBeStoppedAndStartedAgainWhileTheOthersRun() throws IOException {
        int alpha = Ports.freePort();
        int beta = Ports.freePort();
        try (RunningPlatform platform = Platform.start(spec(tiny("alpha", alpha), tiny("beta", beta)).build())) {
            platform.stop("alpha");
            assertThat(platform.find("alpha")).isEmpty();
            assertThat(Ports.isFree(alpha)).isTrue();
            assertThat(serviceData("alpha").resolve("stopped")).exists();
            assertThat(platform.component("beta").isAlive()).isTrue();

            Files.delete(serviceData("alpha").resolve("stopped"));
            platform.start("alpha");
            assertThat(get(platform.baseUrl("alpha") + "/env")).contains("SERVER_PORT=" + alpha);
        }
        assertThat(serviceData("alpha").resolve("stopped")).exists();
    }

    @Test
    void aScaledServiceRunsEveryInstanceWithEveryCallersInstanceListsAndSurvivesAKillAndARollingRestart()
            throws IOException {
        int alpha = Ports.freePort();
        int alpha2 = Ports.freePort();
        int beta = Ports.freePort();
        int beta2 = Ports.freePort();
        try (FakeMariaDb database = FakeMariaDb.start();
             RunningPlatform platform = Platform.start(spec(tiny("alpha", alpha), tiny("beta", beta).dependsOn("alpha"))
                     .profile("mysql").replicas(new Replicas(2, Map.of()))
                     .environment(Map.of("DB_HOST", "127.0.0.1", "DB_PORT", Integer.toString(database.port()),
                             "ALPHA_2_PORT", Integer.toString(alpha2), "BETA_2_PORT", Integer.toString(beta2)))
                     .build())) {

            assertThat(platform.components()).extracting(RunningComponent::name)
                    .containsExactly("alpha", "alpha-2", "beta", "beta-2");
            assertThat(platform.baseUrls("alpha")).containsExactly("http://localhost:" + alpha, "http://localhost:" + alpha2);
            List<String> env = get(platform.baseUrl("beta-2") + "/env").lines().toList();
            assertThat(env).contains("INSTANCE_ID=beta-2", "SERVER_PORT=" + beta2, "SPRING_PROFILES_ACTIVE=mysql",
                    "DB_SCHEME=mariadb", "LOADBALANCER_CONFIGURATIONS=health-check", "SHUTDOWN_DRAIN_DELAY=3s",
                    "CAMUNDA_ADMIN_USER=demo");
            assertThat(env).filteredOn(line -> line.startsWith("SPRING_APPLICATION_JSON=")).singleElement()
                    .asString().contains("\"alpha\":[{\"uri\":\"http://localhost:" + alpha + "\"},{\"uri\":\"http://localhost:"
                            + alpha2 + "\"}]", "\"beta\":[{\"uri\":\"http://localhost:" + beta + "\"},{\"uri\":\"http://localhost:"
                            + beta2 + "\"}]");
            // the second instance started once the first was ready
            assertThat(marker(serviceData("alpha-2"), "started")).isGreaterThanOrEqualTo(marker(serviceData("alpha"), "ready"));
            assertThat(root.resolve(".platform/launcher.pids")).content().contains("alpha ", "alpha-2 ", "beta ", "beta-2 ");

            platform.kill("alpha-2");
            assertThat(Ports.isFree(alpha2)).isTrue();
            assertThat(serviceData("alpha-2").resolve("stopped")).as("SIGKILL runs no shutdown hook").doesNotExist();
            assertThat(platform.component("alpha").isAlive()).isTrue();
            platform.start("alpha-2");
            assertThat(get(platform.baseUrl("alpha-2") + "/env")).contains("INSTANCE_ID=alpha-2");

            Files.delete(serviceData("beta").resolve("ready"));
            Files.delete(serviceData("beta-2").resolve("ready"));
            platform.rollingRestart("beta");
            assertThat(serviceData("beta").resolve("stopped")).as("stopped gracefully").exists();
            assertThat(serviceData("beta-2").resolve("stopped")).exists();
            assertThat(marker(serviceData("beta-2"), "started")).as("the next instance went once the first was back")
                    .isGreaterThanOrEqualTo(marker(serviceData("beta"), "ready"));
            assertThat(platform.baseUrls("beta")).hasSize(2);
        }
        assertThat(List.of(alpha, alpha2, beta, beta2)).allMatch(Ports::isFree);
    }

    @Test
    void anInstanceThatDiesOnItsOwnIsStartedAgainWhenServicesAreScaled() throws Exception {
        int alpha2 = Ports.freePort();
        try (FakeMariaDb database = FakeMariaDb.start();
             RunningPlatform platform = Platform.start(spec(tiny("alpha", Ports.freePort()))
                     .profile("mysql").replicas(new Replicas(2, Map.of()))
                     .environment(Map.of("DB_HOST", "127.0.0.1", "DB_PORT", Integer.toString(database.port()),
                             "ALPHA_2_PORT", Integer.toString(alpha2)))
                     .build())) {
            ByteArrayOutputStream messages = new ByteArrayOutputStream();
            SelfHealing healing = new SelfHealing(platform, new PrintStream(messages, true, StandardCharsets.UTF_8));
            long crashed = platform.component("alpha-2").pid();
            ProcessHandle process = ProcessHandle.of(crashed).orElseThrow();
            process.destroyForcibly();
            process.onExit().get();

            healing.check();

            await().atMost(Duration.ofSeconds(30)).until(() -> platform.find("alpha-2")
                    .filter(RunningComponent::isAlive).filter(again -> again.pid() != crashed).isPresent());
            assertThat(get(platform.baseUrl("alpha-2") + "/env")).contains("SERVER_PORT=" + alpha2);
            assertThat(messages.toString(StandardCharsets.UTF_8))
                    .contains("alpha-2 stopped unexpectedly; starting it again in 2 s")
                    .contains("alpha-2 is running again at http://localhost:" + alpha2);
        }
    }

    @Test
    void severalInstancesNeedTheSharedDatabaseAndRedisAndSaySo() throws IOException {
        int closedPort = Ports.freePort();
        assertThatThrownBy(() -> Platform.start(spec(tiny("alpha", Ports.freePort()))
                        .replicas(new Replicas(2, Map.of())).build()))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("several instances of a service need --profile mysql")
                .hasMessageContaining("./run.sh --profile mysql --replicas 2");

        try (FakeMariaDb database = FakeMariaDb.start()) {
            assertThatThrownBy(() -> Platform.start(spec(tiny("alpha", Ports.freePort()).sharedStateInRedis())
                            .profile("mysql").replicas(new Replicas(2, Map.of()))
                            .environment(Map.of("DB_HOST", "127.0.0.1", "DB_PORT", Integer.toString(database.port()),
                                    "REDIS_HOST", "127.0.0.1", "REDIS_PORT", Integer.toString(closedPort)))
                            .build()))
                    .isInstanceOf(StartupException.class)
                    .hasMessageContaining("several instances of alpha keep their shared state")
                    .hasMessageContaining("nothing answers on 127.0.0.1:" + closedPort)
                    .hasMessageContaining("redis-server");
        }
        assertThat(root.resolve(".platform/logs")).doesNotExist();
    }
}
