package dev.commerce.gateway.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
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

    public static final WireMockServer ITEM = server();
    public static final WireMockServer ORDER = server();
    public static final WireMockServer CUSTOMER = server();
    public static final WireMockServer ENGINE = server();
    public static final WireMockServer CHATBOT = server();
    private static final List<WireMockServer> ALL = List.of(ITEM, ORDER, CUSTOMER, ENGINE, CHATBOT);

    static {
        ALL.forEach(WireMockServer::start);
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

    private static WireMockServer server() {
        return new WireMockServer(options().port(freePort()).bindAddress("127.0.0.1").containerThreads(80));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
