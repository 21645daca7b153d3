package io.actionsroi.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP proxy on 127.0.0.1 that only tunnels ({@code CONNECT host:port}), as corporate proxies let
 * other protocols through; it records each tunnel's request line.
 */
final class ConnectProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final List<String> tunnels = new CopyOnWriteArrayList<>();

    ConnectProxy() {
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        daemon(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** The request line of each tunnel opened, such as {@code CONNECT 127.0.0.1:2525 HTTP/1.1}. */
    List<String> tunnels() {
        return List.copyOf(tunnels);
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                daemon(() -> tunnel(client));
            }
            catch (IOException e) {
                return;
            }
        }
    }

    private void tunnel(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            String request = head(in);
            String requestLine = request.lines().findFirst().orElse("");
            String[] target = requestLine.split(" ")[1].split(":");
            tunnels.add(requestLine);
            try (Socket server = new Socket(target[0], Integer.parseInt(target[1]))) {
                client.getOutputStream().write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                daemon(() -> pump(in, server));
                pump(server.getInputStream(), client);
            }
        }
        catch (IOException | RuntimeException e) {
            // a tunnel that ended or was refused
        }
    }

    /** The request up to its blank line, read byte by byte so that nothing after it is taken. */
    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the request ended before its blank line");
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    private static void pump(InputStream from, Socket to) {
        try {
            OutputStream out = to.getOutputStream();
            from.transferTo(out);
            to.shutdownOutput();
        }
        catch (IOException e) {
            // one side closed
        }
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "connect-proxy");
        thread.setDaemon(true);
        thread.start();
    }
}
