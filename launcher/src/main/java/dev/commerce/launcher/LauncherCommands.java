package dev.commerce.launcher;

import dev.commerce.launcher.component.Component;
import dev.commerce.launcher.component.RunningComponent;
import dev.commerce.launcher.process.ChildProcess;
import dev.commerce.launcher.process.ProcessTracker;
import dev.commerce.launcher.process.StartupException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What the launcher's command line asks for: run, list, print the modules to build, stop leftovers. */
final class LauncherCommands {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final LauncherOptions options;
    private final PrintStream out;
    private final PrintStream err;

    LauncherCommands(LauncherOptions options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    int execute() {
        try {
            return switch (options.command()) {
                case HELP -> help();
                case PRINT_MODULES -> printModules();
                case LIST -> list();
                case STOP -> stop();
                case RUN -> run();
            };
        } catch (StartupException | IllegalArgumentException | IllegalStateException e) {
            err.println("launcher: " + e.getMessage());
            return 1;
        }
    }

    private PlatformSpec spec() {
        Path root = options.root().orElseGet(RepositoryRoot::detect);
        PlatformSpec.Builder builder = PlatformSpec.builder(root)
                .only(options.only()).skip(options.skip()).startTimeout(options.timeout()).replicas(options.replicas())
                .progress(line -> out.println(LocalTime.now().format(CLOCK) + " launcher: " + line));
        options.profile().ifPresent(builder::profile);
        options.dataDir().ifPresent(builder::dataDir);
        return builder.build();
    }

    private int help() {
        out.print(LauncherOptions.USAGE);
        return 0;
    }

    /** Modules of everything selected, built or not: run.sh builds them before the launcher looks for jars. */
    private int printModules() {
        PlatformSpec spec = spec();
        Set<String> skip = new HashSet<>(spec.skip());
        Set<String> wanted = spec.only().isEmpty() ? null : new HashSet<>(spec.only());
        List<String> modules = new ArrayList<>();
        List<Component> components = spec.components();
        // dependents come after their dependencies: walking backwards collects what --only needs
        for (int i = components.size() - 1; i >= 0; i--) {
            Component component = components.get(i);
            if (skip.contains(component.name()) || (wanted != null && !wanted.contains(component.name()))) {
                continue;
            }
            if (wanted != null) {
                wanted.addAll(component.dependsOn());
            }
            modules.addAll(0, component.modules());
        }
        out.println(String.join(",", new LinkedHashSet<>(modules)));
        return 0;
    }

    private int list() {
        PlatformSpec spec = spec();
        var selection = Selection.resolve(spec.components(), spec.only(), spec.skip(), Platform.context(spec));
        for (Component component : spec.components()) {
            String state = selection.skipped().getOrDefault(component.name(),
                    selection.toStart().contains(component) ? "starts" : "not selected");
            out.printf("%-18s %-24s %s%n", component.name(), component.address(), state);
        }
        return 0;
    }

    private int stop() {
        PlatformSpec spec = spec();
        List<ProcessTracker.Leftover> stopped = ProcessTracker.stop(Platform.leftovers(spec),
                spec.dataDir().resolve(Platform.PID_FILE), ChildProcess.DEFAULT_GRACE);
        out.println(stopped.isEmpty() ? "launcher: nothing left running"
                : "launcher: stopped " + stopped.stream().map(l -> l.name() + " (pid " + l.process().pid() + ")")
                        .collect(Collectors.joining(", ")));
        return 0;
    }

    private int run() {
        RunningPlatform platform = Platform.start(spec());
        out.print(ReadyTable.render(platform));
        watch(platform);
        return 1;
    }

    /**
     * Blocks while the platform runs; a child that dies on its own is reported, the others keep running. With several
     * instances per service a dead instance is started again ({@link SelfHealing}).
     */
    private void watch(RunningPlatform platform) {
        Set<String> reported = new HashSet<>();
        SelfHealing healing = platform.scaled() ? new SelfHealing(platform, err) : null;
        while (!platform.isStopping()) {
            if (healing != null) {
                healing.check();
                if (!sleep()) {
                    return;
                }
                continue;
            }
            List<RunningComponent> components = platform.components();
            for (RunningComponent component : components) {
                if (!component.isAlive() && !platform.isStopping() && reported.add(component.name())) {
                    err.println("launcher: " + component.name() + " stopped unexpectedly; last lines of "
                            + component.logFile() + ":" + System.lineSeparator()
                            + ChildProcess.tail(component.logFile(), 20));
                }
            }
            if (!components.isEmpty() && reported.size() == components.size()) {
                err.println("launcher: every component has stopped");
                return;
            }
            if (!sleep()) {
                return;
            }
        }
    }

    private static boolean sleep() {
        try {
            Thread.sleep(Duration.ofSeconds(2).toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
