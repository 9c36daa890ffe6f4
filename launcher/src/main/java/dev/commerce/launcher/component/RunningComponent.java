package dev.commerce.launcher.component;

import java.nio.file.Path;
import java.util.Map;

/** A started component: where to reach it and how to stop it. */
public interface RunningComponent {

    String name();

    /** {@code http://localhost:8082} for services, {@code localhost:9092} for the broker. */
    String address();

    /** Extra links for the table printed when the platform is ready ("swagger ui", "health"). */
    Map<String, String> links();

    long pid();

    Path logFile();

    boolean isAlive();

    /** Graceful stop: SIGTERM, then a kill after the grace period. */
    void stop();

    /** SIGKILL to the process and its children, as a crash would; returns once they are gone. */
    default void kill() {
        ProcessHandle.of(pid()).ifPresent(process -> {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.onExit().orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).exceptionally(e -> process).join();
        });
    }
}
