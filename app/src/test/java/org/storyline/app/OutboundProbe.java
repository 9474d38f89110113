package org.storyline.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.net.UnknownHostException;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Run in a fresh JVM by {@link NoOutboundConnectionsTest}: installs a JVM-wide {@link ProxySelector} that records
 * every connection to a non-loopback address (HTTP(S) through {@code URLConnection}, and plain sockets, which ask the
 * selector for {@code socket://host:port}) and points it at a closed loopback port, so nothing leaves the machine.
 * Then runs {@code storyline ingest} of a folder, {@code storyline serve} on a free port and requests pages and a
 * hybrid search (which embeds the query: the path that loads DJL), and prints one {@code OUTBOUND <uri>} line per
 * recorded target before {@code DONE}.
 *
 * <p>Run inside a network namespace whose loopback takes every address ({@code ip route add local 0.0.0.0/0 dev
 * lo}), it also listens on ports 80 and 443 of every address and records each connection that arrives at a
 * non-loopback one: that catches code that bypasses the proxy selector (DJL opens its connections with
 * {@code Proxy.NO_PROXY}).
 *
 * <p>Arguments: the folder to ingest, the data directory, and {@code --listen} inside such a namespace.
 */
public final class OutboundProbe {

    private static final Set<String> TARGETS = ConcurrentHashMap.newKeySet();

    public static void main(String[] args) throws Exception {
        int closedPort = closedPort();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                if (isLoopback(uri.getHost())) {
                    return List.of(Proxy.NO_PROXY);
                }
                TARGETS.add(uri.toString());
                Proxy.Type type = "socket".equals(uri.getScheme()) ? Proxy.Type.SOCKS : Proxy.Type.HTTP;
                return List.of(new Proxy(type, new InetSocketAddress(InetAddress.getLoopbackAddress(), closedPort)));
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
            }
        });
        if (args.length > 2 && args[2].equals("--listen")) {
            listen(80);
            listen(443);
        }
        String folder = args[0];
        String data = args[1];
        int ingested = Storyline.run("ingest", folder, "--data", data, "--captured-at", "2025-07-04T12:00Z");
        System.out.println("INGEST " + ingested);
        int port = closedPort();
        Thread serve = new Thread(() -> Storyline.run("serve", "--data", data, "--port", String.valueOf(port)));
        serve.setDaemon(true);
        serve.start();
        String base = "http://127.0.0.1:" + port;
        waitFor(base + "/");
        for (String path : List.of("/", "/search?q=sputnik+journalists&mode=hybrid", "/search?q=plane&mode=semantic",
                "/api/stories", "/sources")) {
            System.out.println("GET " + path + " " + get(base + path));
        }
        TARGETS.forEach(t -> System.out.println("OUTBOUND " + t));
        System.out.println("DONE");
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    /** Accepts connections on every address at {@code port} and records those to a non-loopback address. */
    private static void listen(int port) throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(port));
        Thread accept = new Thread(() -> {
            while (true) {
                try (Socket socket = server.accept()) {
                    if (!socket.getLocalAddress().isLoopbackAddress()) {
                        TARGETS.add(socket.getLocalAddress().getHostAddress() + ":" + port);
                    }
                } catch (IOException e) {
                    return;
                }
            }
        });
        accept.setDaemon(true);
        accept.start();
    }

    private static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void waitFor(String url) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            try {
                get(url);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("serve did not answer at " + url);
    }

    private static int get(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setConnectTimeout(2000);
        connection.setReadTimeout(60000);
        int status = connection.getResponseCode();
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            if (in != null) {
                in.readAllBytes();
            }
        }
        return status;
    }

    private OutboundProbe() {
    }

}
