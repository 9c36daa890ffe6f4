package dev.commerce.launcher;

import java.io.PrintStream;

/**
 * {@code ./run.sh}: starts the platform on its embedded default and keeps running until Ctrl-C or SIGTERM,
 * which stop every child in reverse order. Exit code 1 when something cannot start, 2 for a bad command line.
 */
public final class PlatformLauncher {

    private PlatformLauncher() {
    }

    public static void main(String[] args) {
        // before any logger exists: the admin client's debug logging would otherwise flood the terminal
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "dev/commerce/launcher/launcher-logback.xml");
        }
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("launcher: " + e.getMessage());
            err.print(LauncherOptions.USAGE);
            return 2;
        }
        return new LauncherCommands(options, out, err).execute();
    }
}
