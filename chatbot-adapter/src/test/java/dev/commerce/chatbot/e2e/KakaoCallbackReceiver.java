package dev.commerce.chatbot.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for Kakao's callback endpoint (the {@code callbackUrl} of an AI chatbot request): records every POST
 * and answers like Kakao does ({@code {taskId, status, message, timestamp}}).
 */
public final class KakaoCallbackReceiver implements AutoCloseable {

    public record Callback(String path, String body) {
    }

    private final HttpServer server;
    private final List<Callback> received = new CopyOnWriteArrayList<>();

    public KakaoCallbackReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            received.add(new Callback(exchange.getRequestURI().getPath(),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] answer = "{\"taskId\":\"e2e\",\"status\":\"SUCCESS\",\"message\":\"OK\",\"timestamp\":1763600000000}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    public String url(String name) {
        return "http://localhost:" + server.getAddress().getPort() + "/callback/" + name;
    }

    public List<Callback> received(String name) {
        return received.stream().filter(c -> c.path().equals("/callback/" + name)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
