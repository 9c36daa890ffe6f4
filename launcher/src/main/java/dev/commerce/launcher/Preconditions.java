package dev.commerce.launcher;

import dev.commerce.launcher.component.Component;
import dev.commerce.launcher.process.Ports;
import dev.commerce.launcher.process.StartupException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks that fail before anything starts, with a message that says what to do. */
final class Preconditions {

    private Preconditions() {
    }

    /** The {@code mysql} profile needs a reachable MySQL/MariaDB; every service would fail later otherwise. */
    static void requireDatabase(Optional<String> profile, Map<String, String> env, List<Component> toStart) {
        boolean services = toStart.stream().anyMatch(component -> !component.modules().isEmpty());
        if (!services || !profile.filter("mysql"::equals).isPresent()) {
            return;
        }
        String host = env.getOrDefault("DB_HOST", "localhost");
        int port = Integer.parseInt(env.getOrDefault("DB_PORT", "3306"));
        if (!Ports.isListening(host, port)) {
            throw new StartupException("--profile mysql needs MySQL or MariaDB on " + host + ":" + port
                    + " (DB_HOST/DB_PORT, user DB_USERNAME, password DB_PASSWORD), but nothing answers there."
                    + " Start the database, or run without --profile for the embedded H2 default.");
        }
    }
}
