package dev.commerce.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What the figures were measured on: every result block states it, since the numbers mean nothing without it. */
public final class MachineInfo {

    private MachineInfo() {
    }

    public static String cpu() {
        String model = lines("/proc/cpuinfo").stream()
                .filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim())
                .findFirst().orElse(System.getProperty("os.arch"));
        return Runtime.getRuntime().availableProcessors() + " cores, " + model;
    }

    public static String memory() {
        return lines("/proc/meminfo").stream()
                .filter(line -> line.startsWith("MemTotal:"))
                .map(line -> String.format(Locale.ROOT, "%.1f GB RAM",
                        Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                .findFirst().orElse("memory unknown");
    }

    public static String os() {
        return System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    public static String jvm() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    }

    /** The 1-minute load average: other work on a shared machine shows up here. */
    public static String loadAverage() {
        List<String> load = lines("/proc/loadavg");
        return load.isEmpty() ? "n/a" : load.get(0).split(" ")[0];
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
