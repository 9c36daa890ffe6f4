package dev.commerce.engine.testsupport;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Instances for load-balancer tests, each counting the requests that reached it: one that answers 200, one that
 * reads a request and drops the connection without an answer (a request that reached a server and died there),
 * and a port nothing listens on (the connection is refused).
 */
public final class ProbeServers {

  private ProbeServers() {
  }

  /** A port that was free a moment ago and is closed now. */
  public static int refusedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Probe answering() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      AtomicInteger requests = new AtomicInteger();
      server.createContext("/", exchange -> {
        exchange.getRequestBody().readAllBytes();
        requests.incrementAndGet();
        byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
      });
      server.start();
      return new Probe(server.getAddress().getPort(), requests);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Probe dropping() {
    try {
      ServerSocket socket = new ServerSocket(0);
      AtomicInteger requests = new AtomicInteger();
      Thread acceptor = new Thread(() -> {
        while (!socket.isClosed()) {
          try (Socket connection = socket.accept()) {
            readHeaders(connection.getInputStream());
            requests.incrementAndGet();
          } catch (IOException e) {
            // closed, or the client gave up: nothing to count
          }
        }
      }, "dropping-server");
      acceptor.setDaemon(true);
      acceptor.start();
      return new Probe(socket.getLocalPort(), requests);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void readHeaders(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    for (int b = in.read(); b >= 0; b = in.read()) {
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
      if (matched == end.length) {
        return;
      }
    }
  }

  public record Probe(int port, AtomicInteger requests) {

    public String url() {
      return "http://127.0.0.1:" + port;
    }

    public int count() {
      return requests.get();
    }
  }
}
