package dev.commerce.gateway.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.FatalStartupException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

/**
 * Stand-ins for the five services behind the gateway (the gateway is the unit under test here; the real services
 * are exercised end to end elsewhere). Fixed ports picked once, so a server stopped by a test restarts where the
 * gateway's load balancer expects it.
 */
public final class Downstreams {

    private static final int BIND_ATTEMPTS = 5;

    public static final WireMockServer ITEM = started();
    public static final WireMockServer ORDER = started();
    public static final WireMockServer CUSTOMER = started();
    public static final WireMockServer ENGINE = started();
    public static final WireMockServer CHATBOT = started();
    private static final List<WireMockServer> ALL = List.of(ITEM, ORDER, CUSTOMER, ENGINE, CHATBOT);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ALL.forEach(WireMockServer::stop)));
    }

    private Downstreams() {
    }

    public static void resetAll() {
        ALL.forEach(server -> {
            if (!server.isRunning()) {
                server.start();
            }
            server.resetAll();
        });
    }

    public static String url(WireMockServer server) {
        return "http://127.0.0.1:" + server.port();
    }

    /** Started on a free port; another process may take the port between the probe and the bind, so try again. */
    private static WireMockServer started() {
        for (int attempt = 1; ; attempt++) {
            WireMockServer server =
                    new WireMockServer(options().port(freePort()).bindAddress("127.0.0.1").containerThreads(80));
            try {
                server.start();
                return server;
            } catch (FatalStartupException taken) {
                server.stop();
                if (attempt == BIND_ATTEMPTS) {
                    throw taken;
                }
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
