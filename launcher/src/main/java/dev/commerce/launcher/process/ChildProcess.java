package dev.commerce.launcher.process;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * One supervised child process whose stdout and stderr go to a log file. Stopping sends SIGTERM to the
 * process and everything it spawned (a start script may run the real JVM as its child), waits, then kills.
 */
public final class ChildProcess implements AutoCloseable {

    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(20);

    private final String name;
    private final Process process;
    private final Path logFile;

    private ChildProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    public static ChildProcess start(String name, List<String> command, Map<String, String> environment,
                                     Path workDir, Path logFile) {
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            if (Files.exists(logFile)) {
                Files.move(logFile, logFile.resolveSibling(logFile.getFileName() + ".1"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(logFile, "# " + Instant.now() + " " + name + ": " + String.join(" ", command)
                    + System.lineSeparator(), StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder(ownSession(command))
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            return new ChildProcess(name, process, logFile);
        } catch (IOException e) {
            throw new StartupException("could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Ctrl-C in a terminal signals the whole foreground process group at once. Children in their own
     * session are only stopped by the launcher, in reverse start order, so services finish talking to the
     * broker before it goes away.
     */
    private static List<String> ownSession(List<String> command) {
        Optional<Path> setsid = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "setsid"))
                .filter(Files::isExecutable)
                .findFirst();
        if (setsid.isEmpty()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>();
        wrapped.add(setsid.get().toString());
        wrapped.addAll(command);
        return wrapped;
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Optional<Integer> exitCode() {
        return process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
    }

    public Path logFile() {
        return logFile;
    }

    public Process process() {
        return process;
    }

    /** The last lines of this run's log, for error messages. */
    public String logTail(int lines) {
        return tail(logFile, lines);
    }

    public static String tail(Path file, int lines) {
        if (!Files.exists(file)) {
            return "";
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            long from = Math.max(0, length - 32 * 1024);
            byte[] bytes = new byte[(int) (length - from)];
            in.seek(from);
            in.readFully(bytes);
            List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM to the process tree, then SIGKILL for whatever is still running after the grace period. */
    public void stop(Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle handle : tree) {
            if (!awaitExit(handle, Math.max(0, deadline - System.nanoTime()))) {
                handle.destroyForcibly();
                awaitExit(handle, TimeUnit.SECONDS.toNanos(5));
            }
        }
    }

    private static boolean awaitExit(ProcessHandle handle, long nanos) {
        try {
            handle.onExit().get(nanos, TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return !handle.isAlive();
        } catch (ExecutionException e) {
            return !handle.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        }
    }

    @Override
    public void close() {
        stop(DEFAULT_GRACE);
    }
}
