package dev.commerce.launcher;

import dev.commerce.launcher.component.Component;
import dev.commerce.launcher.component.LaunchContext;
import dev.commerce.launcher.component.RunningComponent;
import dev.commerce.launcher.process.ChildProcess;
import dev.commerce.launcher.process.ProcessTracker;
import dev.commerce.launcher.process.StartupException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Starts components as soon as their dependencies are ready (independent ones in parallel) and stops them in
 * reverse dependency order. Stopping is safe at any time, also from a shutdown hook while a start is running.
 */
final class Supervisor {

    private final LaunchContext context;
    private final ProcessTracker tracker;
    private final Consumer<String> progress;
    private final Map<String, RunningComponent> running = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, Component> components = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    Supervisor(LaunchContext context, ProcessTracker tracker, Consumer<String> progress) {
        this.context = context;
        this.tracker = tracker;
        this.progress = progress;
    }

    LaunchContext context() {
        return context;
    }

    Map<String, RunningComponent> running() {
        synchronized (running) {
            return Map.copyOf(running);
        }
    }

    void startAll(List<Component> toStart) {
        Map<String, CompletableFuture<RunningComponent>> futures = new LinkedHashMap<>();
        ExecutorService pool = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "launcher-start");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (Component component : toStart) {
                components.put(component.name(), component);
                CompletableFuture<?>[] dependencies = component.dependsOn().stream()
                        .map(futures::get).filter(future -> future != null).toArray(CompletableFuture[]::new);
                futures.put(component.name(), CompletableFuture.allOf(dependencies)
                        .thenApplyAsync(ready -> start(component), pool));
            }
            List<Throwable> failures = new ArrayList<>();
            for (CompletableFuture<RunningComponent> future : futures.values()) {
                try {
                    future.join();
                } catch (CompletionException e) {
                    failures.add(e.getCause());
                }
            }
            if (!failures.isEmpty()) {
                throw combined(failures);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    RunningComponent start(Component component) {
        if (stopping) {
            throw new StartupException(component.name() + " not started: the platform is stopping");
        }
        components.putIfAbsent(component.name(), component);
        progress.accept("starting " + component.name() + " on port " + component.port());
        long started = System.nanoTime();
        RunningComponent result = component.start(context);
        running.put(component.name(), result);
        if (stopping) {
            running.remove(component.name());
            result.stop();
            throw new StartupException(component.name() + " stopped again: the platform is stopping");
        }
        progress.accept(String.format("%s ready at %s (%.1f s)", component.name(), result.address(),
                (System.nanoTime() - started) / 1e9));
        return result;
    }

    boolean isStopping() {
        return stopping;
    }

    void stop(String name) {
        RunningComponent component = running.remove(name);
        if (component != null) {
            component.stop();
            tracker.writePidFile();
        }
    }

    void kill(String name) {
        RunningComponent component = running.remove(name);
        if (component != null) {
            component.kill();
            tracker.writePidFile();
        }
    }

    /** Drops the entry of a component whose process has exited on its own, so it can be started again. */
    void forget(String name) {
        RunningComponent component = running.get(name);
        if (component != null && !component.isAlive()) {
            running.remove(name);
            tracker.writePidFile();
        }
    }

    /** Children still starting first, then the running ones, deepest dependents first, each level in parallel. */
    synchronized void stopAll() {
        stopping = true;
        Set<Long> known = running().values().stream().map(RunningComponent::pid).collect(Collectors.toSet());
        List<Runnable> starting = tracker.aliveNewestFirst().stream()
                .filter(child -> !known.contains(child.pid()))
                .<Runnable>map(child -> () -> child.stop(ChildProcess.DEFAULT_GRACE))
                .toList();
        inParallel(starting);
        Map<Integer, List<RunningComponent>> levels = new TreeMap<>(Collections.reverseOrder());
        running().values().forEach(component ->
                levels.computeIfAbsent(depth(component.name()), level -> new ArrayList<>()).add(component));
        levels.values().forEach(level -> {
            level.forEach(component -> progress.accept("stopping " + component.name()));
            inParallel(level.stream().<Runnable>map(component -> component::stop).toList());
        });
        running.clear();
        tracker.writePidFile();
    }

    private int depth(String name) {
        Component component = components.get(name);
        if (component == null) {
            return 0;
        }
        return component.dependsOn().stream().filter(components::containsKey)
                .mapToInt(dependency -> depth(dependency) + 1).max().orElse(0);
    }

    private static void inParallel(List<Runnable> tasks) {
        List<Thread> threads = tasks.stream().map(task -> new Thread(task, "launcher-stop")).toList();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A dependent fails with its dependency's exception: report each cause once. */
    private static StartupException combined(List<Throwable> failures) {
        Set<Throwable> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        List<String> messages = new ArrayList<>();
        for (Throwable failure : failures) {
            if (distinct.add(failure)) {
                messages.add(failure instanceof StartupException ? failure.getMessage() : failure.toString());
            }
        }
        return new StartupException(String.join(System.lineSeparator(), messages), failures.get(0));
    }
}
