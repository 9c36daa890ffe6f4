package dev.commerce.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The command line of {@code ./run.sh} (after {@code --no-build}, which run.sh handles itself). */
record LauncherOptions(Set<String> only, Set<String> skip, Optional<String> profile, Optional<Path> dataDir,
                       Optional<Path> root, Duration timeout, Replicas replicas, Command command) {

    enum Command { RUN, LIST, PRINT_MODULES, STOP, HELP }

    static final String USAGE = """
            usage: ./run.sh [--no-build] [options]
              --only a,b          start only these components (and what they need)
              --skip a,b          never start these (they may run elsewhere)
              --profile mysql     services use MySQL/MariaDB (DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD);
                                  Kafka stays local
              --replicas N        N instances of every service (1-5; needs --profile mysql, and Redis for the
                                  gateway, chatbot-adapter and process-engine); the n-th instance of a service
                                  listens on its port + 10000*(n-1), e.g. item-service-2 on 18082
              --scale a=n,b=m     instances per service, e.g. --scale chatbot-adapter=3,gateway=2 (overrides
                                  --replicas for those)
              --data-dir DIR      where data and logs go (default: .platform in the repository)
              --timeout SECONDS   how long one component may take to become ready (default 180)
              --root DIR          the repository (default: found from the working directory)
              --list              show the components and whether they would start, then exit
              --stop              stop what a previous (killed) launcher left running, then exit
              --print-modules     print the Maven modules of the selection (used by run.sh), then exit
            ports: <NAME>_PORT, e.g. ITEM_SERVICE_PORT=18082, KAFKA_PORT=19092, ITEM_SERVICE_2_PORT=28082
            JVM options per service: <NAME>_JAVA_OPTS, e.g. ORDER_SERVICE_JAVA_OPTS="-Xmx512m"
            """;

    static LauncherOptions parse(String... args) {
        Set<String> only = Set.of();
        Set<String> skip = Set.of();
        String profile = null;
        Path dataDir = null;
        Path root = null;
        Duration timeout = Duration.ofSeconds(180);
        int replicas = 1;
        Map<String, Integer> scale = new LinkedHashMap<>();
        Command command = Command.RUN;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--only" -> only = names(value(args, ++i, arg));
                case "--skip" -> skip = names(value(args, ++i, arg));
                case "--profile" -> profile = value(args, ++i, arg);
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, arg));
                case "--root" -> root = Path.of(value(args, ++i, arg));
                case "--timeout" -> timeout = Duration.ofSeconds(seconds(value(args, ++i, arg)));
                case "--replicas" -> replicas = count(arg, value(args, ++i, arg));
                case "--scale" -> scale.putAll(scale(value(args, ++i, arg)));
                case "--list" -> command = Command.LIST;
                case "--stop" -> command = Command.STOP;
                case "--print-modules" -> command = Command.PRINT_MODULES;
                case "-h", "--help" -> command = Command.HELP;
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new LauncherOptions(only, skip, Optional.ofNullable(profile), Optional.ofNullable(dataDir),
                Optional.ofNullable(root), timeout, new Replicas(replicas, scale), command);
    }

    /** {@code chatbot-adapter=3,gateway=2}. */
    private static Map<String, Integer> scale(String list) {
        Map<String, Integer> scale = new LinkedHashMap<>();
        for (String entry : list.split(",")) {
            String[] parts = entry.trim().split("=", 2);
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new IllegalArgumentException("--scale takes service=count pairs, e.g. gateway=2: " + entry);
            }
            scale.put(parts[0].trim(), count("--scale " + parts[0].trim(), parts[1].trim()));
        }
        return scale;
    }

    private static int count(String option, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number of instances: " + value, e);
        }
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static Set<String> names(String list) {
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(list.split(",")).map(String::trim).filter(name -> !name.isEmpty()).forEach(names::add);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("empty component list: " + list);
        }
        return names;
    }

    private static long seconds(String value) {
        try {
            long seconds = Long.parseLong(value);
            if (seconds > 0) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--timeout needs a positive number of seconds: " + value);
    }
}
