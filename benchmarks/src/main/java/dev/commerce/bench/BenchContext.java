package dev.commerce.bench;

import dev.commerce.bench.load.CpuProbe;
import dev.commerce.bench.load.LoadRunner;
import dev.commerce.bench.platform.BenchPlatform;
import dev.commerce.launcher.RunningPlatform;
import dev.commerce.launcher.component.RunningComponent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What every benchmark shares: the checkout, the options, HTTP, progress output and temporary data directories. */
public final class BenchContext implements AutoCloseable {

    /** The harness's own CPU in the per-request tables. */
    public static final String LOAD_GENERATOR = "load generator";

    private final Path root;
    private final Options options;
    private final Http http = new Http(Http.newClient());
    private final List<Path> dataDirs = new ArrayList<>();

    public BenchContext(Path root, Options options) {
        this.root = root;
        this.options = options;
    }

    public Path root() {
        return root;
    }

    public Options options() {
        return options;
    }

    public Http http() {
        return http;
    }

    /** Each load phase gets its own client (its own connection pool), as separate load generators would. */
    public LoadRunner loadRunner() {
        return new LoadRunner(Http.newClient());
    }

    /** A load runner that also counts the CPU time of every running component and of the harness per window. */
    public LoadRunner loadRunner(RunningPlatform platform) {
        if (!CpuProbe.supported()) {
            return loadRunner();
        }
        Map<String, ProcessHandle> processes = new LinkedHashMap<>();
        for (RunningComponent component : platform.components()) {
            ProcessHandle.of(component.pid()).ifPresent(process -> processes.put(component.name(), process));
        }
        processes.put(LOAD_GENERATOR, ProcessHandle.current());
        return new LoadRunner(Http.newClient(), new CpuProbe(processes));
    }

    /**
     * CPU the platform's processes use with no requests at all (schedulers, pollers, the JIT still compiling), in
     * cores: the floor under the per-request CPU figures, which matters most at low request rates.
     */
    public Map<String, Long> idleCpuMicros(RunningPlatform platform, java.time.Duration window) {
        progress("measuring background CPU for " + window.toSeconds() + " s with no requests");
        LoadRunner runner = loadRunner(platform);
        return runner.idle(window);
    }

    public void progress(String message) {
        System.err.println(LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + " " + message);
    }

    /** A platform on free ports in a new temporary data directory (removed at the end unless --keep-data). */
    public BenchPlatform platform(String benchmark) {
        try {
            Path dataDir = Files.createTempDirectory("commerce-bench-" + benchmark + "-");
            dataDirs.add(dataDir);
            progress("data and logs of the services: " + dataDir);
            BenchPlatform platform = new BenchPlatform(root, dataDir).profile(options.string("--profile", null));
            String jvm = options.string("--service-jvm-opts", null);
            if (jvm != null) {
                platform.jvmOptions(Arrays.asList(jvm.trim().split("\\s+")));
            }
            Path cache = root.resolve("benchmarks/target/keycloak");
            if (options.flag("--fresh-keycloak")) {
                delete(cache);
            }
            return platform.keycloakCache(cache);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a data directory", e);
        }
    }

    public String serviceJvmOptions() {
        return options.string("--service-jvm-opts", String.join(" ", BenchPlatform.SERVICE_JVM_OPTIONS));
    }

    @Override
    public void close() {
        if (options.flag("--keep-data")) {
            dataDirs.forEach(dir -> progress("kept " + dir));
            return;
        }
        for (Path dir : dataDirs) {
            try {
                delete(dir);
            } catch (UncheckedIOException e) {
                progress("could not remove " + dir + ": " + e.getMessage());
            }
        }
    }

    /** Deletes a tree without following symbolic links (the Keycloak cache is linked into the data dir). */
    static void delete(Path dir) {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                    Files.delete(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
