package dev.commerce.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options and {@code --flag} switches; every benchmark reads the ones it knows. */
public final class Options {

    private static final Set<String> FLAGS = Set.of("--keep-data", "--fresh-keycloak");

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    public static Options parse(List<String> args) {
        Options options = new Options();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + arg);
            }
            if (FLAGS.contains(arg)) {
                options.flags.add(arg);
            } else if (arg.contains("=")) {
                options.values.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else if (i + 1 < args.size()) {
                options.values.put(arg, args.get(++i));
            } else {
                throw new IllegalArgumentException(arg + " needs a value");
            }
        }
        return options;
    }

    public String string(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public int integer(String name, int fallback) {
        String value = string(name, null);
        try {
            return value == null ? fallback : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " takes a whole number, not " + value, e);
        }
    }

    public double decimal(String name, double fallback) {
        String value = string(name, null);
        try {
            return value == null ? fallback : Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " takes a number, not " + value, e);
        }
    }

    public Duration seconds(String name, int fallback) {
        return Duration.ofSeconds(integer(name, fallback));
    }

    public List<Integer> integers(String name, String fallback) {
        return list(name, fallback).stream().map(value -> {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " takes whole numbers separated by commas, not " + value, e);
            }
        }).toList();
    }

    public List<String> list(String name, String fallback) {
        return Arrays.stream(string(name, fallback).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    /** Every option given on the command line, flags included. */
    public Set<String> given() {
        Set<String> given = new HashSet<>(values.keySet());
        given.addAll(flags);
        return given;
    }
}
