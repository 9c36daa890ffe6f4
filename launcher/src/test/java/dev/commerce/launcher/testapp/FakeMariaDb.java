package dev.commerce.launcher.testapp;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Listens like a MariaDB server and sends the first bytes of its greeting (protocol 10, version string). */
public final class FakeMariaDb implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread acceptor;

    private FakeMariaDb(ServerSocket socket) {
        this.socket = socket;
        this.acceptor = new Thread(this::serve, "fake-mariadb");
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    public static FakeMariaDb start() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress("127.0.0.1", 0));
        return new FakeMariaDb(socket);
    }

    public int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        byte[] version = "5.5.5-10.11.19-MariaDB-0+deb12u1\0".getBytes(StandardCharsets.ISO_8859_1);
        while (!socket.isClosed()) {
            try (Socket client = socket.accept(); OutputStream out = client.getOutputStream()) {
                int length = version.length + 1;
                out.write(new byte[] {(byte) length, 0, 0, 0, 10});
                out.write(version);
                out.flush();
            } catch (IOException e) {
                // closed, or a client that hung up: keep serving until closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
