package dev.commerce.bench.report;

import dev.commerce.bench.load.PhaseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The markdown block a benchmark prints and writes to {@code benchmarks/target/results/}: machine, date and
 * settings first, then the tables, then what the ratios say. It is pasted into docs/benchmarks.md as it is.
 */
public final class ResultBlock {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final String benchmark;
    private final ZonedDateTime started = ZonedDateTime.now(ZoneId.systemDefault());
    private final String loadAtStart = MachineInfo.loadAverage();
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final List<String> sections = new ArrayList<>();

    public ResultBlock(String benchmark) {
        this.benchmark = benchmark;
    }

    public ResultBlock setting(String name, Object value) {
        settings.put(name, String.valueOf(value));
        return this;
    }

    /** The standard latency table, one row per phase. */
    public ResultBlock phases(String title, List<PhaseResult> phases) {
        Table table = new Table("phase", "clients", "window s", "served", "req/s", "p50 ms", "p90 ms", "p99 ms",
                "max ms", "errors");
        for (PhaseResult phase : phases) {
            table.row(phase.label(), phase.concurrency(), phase.window().toSeconds(), phase.served(),
                    fmt(phase.throughput(), 1), fmt(phase.millis(0.50), 1), fmt(phase.millis(0.90), 1),
                    fmt(phase.millis(0.99), 1), fmt(phase.maxMillis(), 1),
                    phase.errors() == 0 ? "0" : phase.errors() + " " + phase.errorCauses());
        }
        return table(title, table);
    }

    /** Each candidate against the baseline measured in the same run: throughput ratio, p50 and p99 side by side. */
    public ResultBlock comparison(String title, PhaseResult baseline, List<PhaseResult> candidates) {
        return comparison(title, baseline, candidates, Map.of());
    }

    /**
     * As above, with the throughput ratio of each round on its own (candidate round i / baseline round i): how far
     * apart they are says how much the shared machine moved during the run.
     */
    public ResultBlock comparison(String title, PhaseResult baseline, List<PhaseResult> candidates,
                                  Map<String, List<PhaseResult>> rounds) {
        Table table = new Table("candidate / baseline", "throughput ratio", "per round", "req/s", "p50 ms",
                "p50 added ms", "p99 ms", "p99 ratio");
        for (PhaseResult candidate : candidates) {
            List<PhaseResult> mine = rounds.getOrDefault(candidate.label(), List.of());
            List<PhaseResult> theirs = rounds.getOrDefault(baseline.label(), List.of());
            List<String> perRound = new ArrayList<>();
            for (int i = 0; i < Math.min(mine.size(), theirs.size()); i++) {
                perRound.add(fmt(mine.get(i).throughput() / theirs.get(i).throughput(), 2));
            }
            table.row(candidate.label() + " / " + baseline.label(),
                    fmt(candidate.throughput() / baseline.throughput(), 2),
                    perRound.isEmpty() ? "–" : String.join(", ", perRound),
                    fmt(candidate.throughput(), 0) + " vs " + fmt(baseline.throughput(), 0),
                    fmt(candidate.millis(0.50), 1) + " vs " + fmt(baseline.millis(0.50), 1),
                    fmt(candidate.millis(0.50) - baseline.millis(0.50), 1),
                    fmt(candidate.millis(0.99), 1) + " vs " + fmt(baseline.millis(0.99), 1),
                    fmt(candidate.millis(0.99) / baseline.millis(0.99), 2));
        }
        return table(title, table);
    }

    /**
     * CPU milliseconds per request of every process the probe watched (the processes of the platform and the load
     * generator), and how much of the machine's cores they used together in the window.
     */
    public ResultBlock cpu(String title, List<PhaseResult> phases) {
        List<String> processes = phases.stream().flatMap(phase -> phase.probed().keySet().stream()).distinct().toList();
        if (processes.isEmpty()) {
            return this;
        }
        List<String> header = new ArrayList<>(List.of("phase"));
        processes.forEach(process -> header.add(process + " ms"));
        header.add("sum ms");
        header.add("cores busy (of " + Runtime.getRuntime().availableProcessors() + ")");
        Table table = new Table(header.toArray(String[]::new));
        for (PhaseResult phase : phases) {
            List<Object> row = new ArrayList<>(List.of(phase.label()));
            double sum = 0;
            for (String process : processes) {
                double millis = phase.cpuMillisPerRequest(process);
                sum += Double.isNaN(millis) ? 0 : millis;
                row.add(fmt(millis, 2));
            }
            row.add(fmt(sum, 2));
            long cpuMicros = phase.probed().values().stream().mapToLong(Long::longValue).sum();
            row.add(fmt(cpuMicros / 1000.0 / phase.window().toMillis(), 2));
            table.row(row.toArray());
        }
        return table(title, table);
    }

    /** The background CPU of each process over a window without requests, in cores (CPU seconds per second). */
    public ResultBlock idleCpu(String title, Map<String, Long> micros, java.time.Duration window) {
        if (micros.isEmpty()) {
            return this;
        }
        List<String> header = new ArrayList<>(micros.keySet());
        header.add("sum");
        Table table = new Table(header.toArray(String[]::new));
        List<Object> row = new ArrayList<>();
        double millis = window.toMillis();
        micros.values().forEach(value -> row.add(fmt(value / 1000.0 / millis, 3)));
        row.add(fmt(micros.values().stream().mapToLong(Long::longValue).sum() / 1000.0 / millis, 3));
        return table(title, table.row(row.toArray()));
    }

    public ResultBlock table(String title, Table table) {
        sections.add((title == null ? "" : "**" + title + "**\n\n") + table.markdown());
        return this;
    }

    public ResultBlock text(String paragraph) {
        sections.add(paragraph);
        return this;
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("#### ").append(benchmark).append(" — ")
                .append(started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"))).append("\n\n");
        out.append("- machine: ").append(MachineInfo.cpu()).append(", ").append(MachineInfo.memory()).append(", ")
                .append(MachineInfo.os()).append("; load average (1 min) ").append(loadAtStart).append(" at start, ")
                .append(MachineInfo.loadAverage()).append(" at the end\n");
        out.append("- JVM: ").append(MachineInfo.jvm()).append('\n');
        settings.forEach((name, value) -> out.append("- ").append(name).append(": ").append(value).append('\n'));
        for (String section : sections) {
            out.append('\n').append(section.strip()).append('\n');
        }
        return out.toString();
    }

    /** Writes {@code <dir>/<benchmark>-<stamp>.md} and returns the file. */
    public Path write(Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(benchmark + "-" + started.format(STAMP) + ".md");
            Files.writeString(file, markdown());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the result block to " + dir, e);
        }
    }

    public static String fmt(double value, int decimals) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** A markdown table. */
    public static final class Table {
        private final List<String> header;
        private final List<List<String>> rows = new ArrayList<>();

        public Table(String... header) {
            this.header = List.of(header);
        }

        public Table row(Object... cells) {
            rows.add(java.util.Arrays.stream(cells).map(String::valueOf).toList());
            return this;
        }

        String markdown() {
            StringBuilder out = new StringBuilder();
            out.append("| ").append(String.join(" | ", header)).append(" |\n");
            out.append("|").append("---|".repeat(header.size())).append('\n');
            for (List<String> row : rows) {
                out.append("| ").append(String.join(" | ", row)).append(" |\n");
            }
            return out.toString();
        }
    }
}
