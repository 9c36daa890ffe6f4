package dev.commerce.launcher;

import dev.commerce.launcher.component.RunningComponent;
import dev.commerce.launcher.process.ChildProcess;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * With several instances per service the launcher behaves like a Kubernetes Deployment: an instance that dies on its
 * own (crash, OOM, SIGKILL) is reported with its log and started again on the same port, after a back-off that
 * doubles from 2 s to 60 s when it keeps dying; the other instances carry its load meanwhile.
 */
final class SelfHealing {

    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(2);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

    private final RunningPlatform platform;
    private final PrintStream err;
    private final Set<String> restarting = ConcurrentHashMap.newKeySet();
    private final Map<String, Duration> backoff = new ConcurrentHashMap<>();

    SelfHealing(RunningPlatform platform, PrintStream err) {
        this.platform = platform;
        this.err = err;
    }

    /** Restarts what has died since the last look; returns at once (restarts run in the background). */
    void check() {
        for (RunningComponent component : platform.components()) {
            String name = component.name();
            if (!component.isAlive() && !platform.isStopping() && restarting.add(name)) {
                Duration wait = backoff.merge(name, FIRST_BACKOFF, (previous, first) -> min(previous.multipliedBy(2)));
                err.println("launcher: " + name + " stopped unexpectedly; starting it again in " + wait.toSeconds()
                        + " s. Last lines of " + component.logFile() + ":" + System.lineSeparator()
                        + ChildProcess.tail(component.logFile(), 20));
                Thread restart = new Thread(() -> revive(name, wait), "launcher-restart-" + name);
                restart.setDaemon(true);
                restart.start();
            }
        }
    }

    private void revive(String name, Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            if (!platform.isStopping()) {
                RunningComponent again = platform.revive(name);
                err.println("launcher: " + name + " is running again at " + again.address());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            err.println("launcher: " + name + " could not be started again: " + e.getMessage());
        } finally {
            restarting.remove(name);
        }
    }

    private static Duration min(Duration backoff) {
        return backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
    }
}
