package dev.commerce.launcher.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Every child the launcher spawned, in spawn order, mirrored to a pid file. A launcher killed with SIGKILL
 * cannot stop its children; the next start finds them through the file instead of failing on a busy port
 * without a hint, and {@code --stop} ends them.
 */
public final class ProcessTracker implements Consumer<ChildProcess> {

    private final List<ChildProcess> children = new CopyOnWriteArrayList<>();
    private final Path pidFile;

    public ProcessTracker(Path pidFile) {
        this.pidFile = pidFile;
    }

    @Override
    public void accept(ChildProcess child) {
        children.add(child);
        writePidFile();
    }

    /** Children still running, most recently spawned first: the order to stop them in. */
    public List<ChildProcess> aliveNewestFirst() {
        List<ChildProcess> alive = new ArrayList<>(children.stream().filter(ChildProcess::isAlive).toList());
        Collections.reverse(alive);
        return alive;
    }

    public synchronized void writePidFile() {
        children.removeIf(child -> !child.isAlive());
        try {
            if (children.isEmpty()) {
                Files.deleteIfExists(pidFile);
                return;
            }
            Files.createDirectories(pidFile.toAbsolutePath().getParent());
            StringBuilder lines = new StringBuilder();
            for (ChildProcess child : children) {
                lines.append(child.name()).append(' ').append(child.pid()).append(' ')
                        .append(startMillis(child.process().toHandle())).append('\n');
            }
            Files.writeString(pidFile, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + pidFile, e);
        }
    }

    /** Processes listed in a pid file that still run (same pid and same start time): left over or still running. */
    public static List<Leftover> leftovers(Path pidFile) {
        if (!Files.exists(pidFile)) {
            return List.of();
        }
        try {
            List<Leftover> found = new ArrayList<>();
            for (String line : Files.readAllLines(pidFile)) {
                String[] parts = line.trim().split(" ");
                if (parts.length == 3) {
                    ProcessHandle.of(Long.parseLong(parts[1]))
                            .filter(handle -> handle.isAlive() && startMillis(handle) == Long.parseLong(parts[2]))
                            .ifPresent(handle -> found.add(new Leftover(parts[0], handle)));
                }
            }
            return found;
        } catch (IOException | NumberFormatException e) {
            return List.of();
        }
    }

    /** Stops what a previous launcher left behind, newest first; returns what was stopped. */
    public static List<Leftover> stopLeftovers(Path pidFile, Duration grace) {
        return stop(leftovers(pidFile), pidFile, grace);
    }

    /** Stops the given leftovers, the last one first (with what they spawned), and removes the pid file. */
    public static List<Leftover> stop(List<Leftover> found, Path pidFile, Duration grace) {
        List<Leftover> leftovers = new ArrayList<>(found);
        Collections.reverse(leftovers);
        for (Leftover leftover : leftovers) {
            leftover.process().descendants().forEach(ProcessHandle::destroy);
            leftover.process().destroy();
            try {
                leftover.process().onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                leftover.process().destroyForcibly();
            }
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return leftovers;
    }

    private static long startMillis(ProcessHandle handle) {
        return handle.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    public record Leftover(String name, ProcessHandle process) {

        public Optional<String> command() {
            return process.info().command();
        }
    }
}
