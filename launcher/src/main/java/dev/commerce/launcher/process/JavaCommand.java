package dev.commerce.launcher.process;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The command line of a child JVM: the same JDK as the launcher, JVM options, then {@code -jar} or a main class. */
public final class JavaCommand {

    private final List<String> jvmOptions = new ArrayList<>();
    private final List<String> target;
    private final List<String> arguments = new ArrayList<>();

    private JavaCommand(List<String> target) {
        this.target = target;
    }

    public static JavaCommand jar(Path jar) {
        return new JavaCommand(List.of("-jar", jar.toAbsolutePath().toString()));
    }

    public static JavaCommand mainClass(String classpath, String mainClass) {
        return new JavaCommand(List.of("-cp", classpath, mainClass));
    }

    /**
     * The launcher's own classpath, made absolute: child JVMs that run library code (the broker) share it, and
     * they run in other working directories.
     */
    public static String currentClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    public JavaCommand jvmOptions(List<String> options) {
        jvmOptions.addAll(options);
        return this;
    }

    public JavaCommand arguments(String... args) {
        arguments.addAll(List.of(args));
        return this;
    }

    public List<String> toCommand() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(target);
        command.addAll(arguments);
        return command;
    }
}
