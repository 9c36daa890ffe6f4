package dev.commerce.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time each process (with its children) used inside the measurement window, from {@code /proc/<pid>/stat}
 * (user + system, in clock ticks of 10 ms). Divided by the requests of the window it gives the CPU cost of one
 * request per process, a figure that other work on a shared machine disturbs far less than throughput.
 */
public final class CpuProbe implements WindowProbe {

    private static final long MICROS_PER_TICK = 10_000;

    private final Map<String, ProcessHandle> processes;
    private Map<String, Long> opened = Map.of();

    public CpuProbe(Map<String, ProcessHandle> processes) {
        this.processes = new LinkedHashMap<>(processes);
    }

    public static boolean supported() {
        return Files.isReadable(Path.of("/proc/self/stat"));
    }

    @Override
    public void windowOpened() {
        opened = snapshot();
    }

    @Override
    public Map<String, Long> windowClosed() {
        Map<String, Long> closed = snapshot();
        Map<String, Long> used = new LinkedHashMap<>();
        closed.forEach((name, micros) -> used.put(name, micros - opened.getOrDefault(name, micros)));
        return used;
    }

    private Map<String, Long> snapshot() {
        Map<String, Long> micros = new LinkedHashMap<>();
        processes.forEach((name, process) -> micros.put(name, family(process).mapToLong(CpuProbe::ticks).sum()
                * MICROS_PER_TICK));
        return micros;
    }

    /** A service with whatever it started; this JVM alone (the services are its children, counted apart). */
    private static Stream<ProcessHandle> family(ProcessHandle process) {
        return process.pid() == ProcessHandle.current().pid() ? Stream.of(process)
                : Stream.concat(Stream.of(process), process.descendants());
    }

    /** utime + stime: fields 14 and 15, counted after the command name, which may contain spaces. */
    private static long ticks(ProcessHandle process) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
