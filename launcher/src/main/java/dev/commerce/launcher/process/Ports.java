package dev.commerce.launcher.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Port checks done before a child is started, so a clash is reported by name instead of as a bind error in a log. */
public final class Ports {

    private Ports() {
    }

    /** True when nothing listens on the port, on any local address. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            return false;
        }
        return !isListening(port);
    }

    /** True when something accepts connections on 127.0.0.1:port. */
    public static boolean isListening(int port) {
        return isListening("127.0.0.1", port);
    }

    public static boolean isListening(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port the OS considers free right now (for tests and the broker's internal controller listener). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free local port", e);
        }
    }

    public static void requireFree(String component, int port, String overrideHint) {
        if (!isFree(port)) {
            throw new StartupException("port " + port + " needed by " + component
                    + " is already in use by another process; stop that process"
                    + (overrideHint == null ? "" : " or choose another port with " + overrideHint));
        }
    }
}
