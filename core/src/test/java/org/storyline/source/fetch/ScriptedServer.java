package org.storyline.source.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A raw TCP server on loopback that answers each connection with a script, for servers that misbehave in ways
 * a real HTTP server library will not: slow drips, endless headers, lies about lengths.
 */
final class ScriptedServer implements AutoCloseable {

    /** What to do with one accepted connection after its request head was read. */
    @FunctionalInterface
    interface Script {
        void run(String requestHead, OutputStream out) throws Exception;
    }

    private final ServerSocket server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    ScriptedServer(Script script) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> acceptLoop(script));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + path);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Request heads received so far, in order. */
    List<String> requests() {
        return requests;
    }

    private void acceptLoop(Script script) {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread.ofVirtual().start(() -> serve(socket, script));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket, Script script) {
        try (socket) {
            String head = readHead(socket.getInputStream());
            requests.add(head);
            script.run(head, socket.getOutputStream());
            socket.getOutputStream().flush();
        } catch (Exception ignored) {
            // the client hung up on us, which is what most scripts are testing
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        for (int b = in.read(); b >= 0; b = in.read()) {
            head.write(b);
            matched = (b == '\r' || b == '\n') ? matched + 1 : 0;
            if (matched == 4 || head.toString(StandardCharsets.ISO_8859_1).endsWith("\n\n")) {
                break;
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
