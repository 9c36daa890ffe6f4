package dev.commerce.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.commerce.bench.Http;
import dev.commerce.bench.report.ResultBlock;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Keeps the harness from rotting: the load loop, the error accounting, the pacing and the result block, each run
 * for about a second against a small stand-in server (every 5th answer a 500, every answer after ~5 ms).
 */
class LoadRunnerTest {

    private HttpServer server;
    private final AtomicLong requests = new AtomicLong();
    private String url;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            long n = requests.incrementAndGet();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(n % 5 == 0 ? 500 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort() + "/probe";
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void closedLoopCountsServedAnswersAndErrorsInsideTheWindowOnly() {
        Workload get = (client, sequence) -> Http.request(url).GET().build();

        PhaseResult result = new LoadRunner(Http.newClient()).run("probe", get, 4, Duration.ofMillis(300),
                Duration.ofSeconds(1));

        assertThat(result.served()).isPositive();
        assertThat(result.errors()).isPositive();
        assertThat(result.errorCauses()).containsOnlyKeys("HTTP 500");
        // a fifth of all answers were 500; warm-up answers are not in the window, so the window holds fewer than all
        assertThat(result.served() + result.errors()).isLessThan(requests.get());
        assertThat((double) result.errors() / (result.served() + result.errors())).isBetween(0.1, 0.3);
        assertThat(result.throughput()).isEqualTo(result.served() / 1.0);
        assertThat(result.millis(0.5)).isGreaterThanOrEqualTo(5.0);
        assertThat(result.maxMillis()).isGreaterThanOrEqualTo(result.millis(0.99));
    }

    @Test
    void pacedLoadSendsAtTheGivenRate() {
        Workload get = (client, sequence) -> Http.request(url).GET().build();

        PhaseResult result = new LoadRunner(Http.newClient()).paced("paced", get, 4, 40, Duration.ofSeconds(1));

        // 40 requests are due inside the window; the last ones may complete just after it
        assertThat(requests.get()).isBetween(38L, 41L);
        assertThat(result.served() + result.errors()).isBetween(30L, 40L);
    }

    @Test
    void warmUpStopsOnceTwoSlicesAgreeOrAtTheMaximum() {
        Workload get = (client, sequence) -> Http.request(url).GET().build();

        WarmUp warmUp = WarmUp.run(new LoadRunner(Http.newClient()), "probe", get, 2, Duration.ofMillis(400),
                Duration.ofMillis(1200), Duration.ofMillis(200));

        assertThat(warmUp.sliceRates()).hasSizeBetween(2, 6);
        assertThat(warmUp.elapsed()).isBetween(Duration.ofMillis(400), Duration.ofMillis(1200));
        if (warmUp.steady()) {
            int n = warmUp.sliceRates().size();
            assertThat(warmUp.sliceRates().get(n - 1))
                    .isCloseTo(warmUp.sliceRates().get(n - 2), org.assertj.core.data.Percentage.withPercentage(11));
        } else {
            assertThat(warmUp.elapsed()).isEqualTo(Duration.ofMillis(1200));
        }
    }

    @Test
    void resultBlockStatesSettingsAndComparesInTheSameRun() {
        Workload get = (client, sequence) -> Http.request(url).GET().build();
        LoadRunner runner = new LoadRunner(Http.newClient());
        Alternation.Outcome outcome = Alternation.run(runner, List.of(new Alternation.Target("a", get),
                new Alternation.Target("b", get)), 2, Duration.ZERO, Duration.ofMillis(10), Duration.ofMillis(50),
                Duration.ofMillis(200), 2, message -> { });
        List<PhaseResult> merged = outcome.merged();

        String markdown = new ResultBlock("probe").setting("clients", 2).phases("phases", outcome.allPhases())
                .comparison("b against a", merged.get(0), merged.subList(1, 2), outcome.rounds()).markdown();

        assertThat(outcome.rounds().get("a")).extracting(PhaseResult::label).containsExactly("a #1", "a #2");
        assertThat(outcome.warmUps()).extracting(WarmUp::label).containsExactly("a", "b");
        assertThat(merged.get(0).window()).isEqualTo(Duration.ofMillis(400));
        assertThat(merged.get(0).served())
                .isEqualTo(outcome.rounds().get("a").stream().mapToLong(PhaseResult::served).sum());
        assertThat(markdown).contains("#### probe", "- machine: ", "- JVM: ", "- clients: 2", "| a #1 | 2 | ",
                "| a | 2 | ", "| b / a | ");
    }
}
