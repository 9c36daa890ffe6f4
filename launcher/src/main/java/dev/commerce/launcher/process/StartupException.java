package dev.commerce.launcher.process;

/** A component could not be started; the message is meant for the person at the terminal. */
public class StartupException extends RuntimeException {

    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
