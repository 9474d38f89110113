package org.storyline.source.fetch;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 exchange over a socket connected to a checked address. TLS is layered on that same socket with
 * the URL's host name for SNI and certificate checks, so pinning the address does not weaken verification.
 */
final class HttpConnection implements Closeable {

    private final Socket socket;
    private final InputStream in;

    private HttpConnection(Socket socket, Deadline deadline) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(new DeadlineInputStream(socket, socket.getInputStream(), deadline), 16 * 1024);
    }

    static HttpConnection open(Target target, FetchPolicy policy, SSLSocketFactory tls, Deadline deadline)
            throws FetchProblem {
        FetchProblem last = null;
        for (InetAddress address : target.addresses()) {
            Socket socket = new Socket(Proxy.NO_PROXY); // a system proxy would connect to the name, not our address
            try {
                int wait = Math.min((int) policy.connectTimeout().toMillis(), deadline.remainingMillis("connecting"));
                socket.connect(new InetSocketAddress(address, target.port()), wait);
                Socket ready = target.tls() ? handshake(socket, target, tls, deadline) : socket;
                return new HttpConnection(ready, deadline);
            } catch (FetchProblem e) {
                close(socket);
                last = e;
            } catch (SocketTimeoutException e) {
                close(socket);
                last = new FetchProblem(FailureKind.TIMEOUT, "connect to %s timed out".formatted(address.getHostAddress()));
            } catch (IOException e) {
                close(socket);
                last = new FetchProblem(FailureKind.CONNECT, "cannot connect to %s port %d (%s)"
                        .formatted(address.getHostAddress(), target.port(), e.getMessage()));
            }
            if (last.kind() == FailureKind.TLS) {
                break; // the certificate will not get better on another address of the same name
            }
        }
        throw last;
    }

    private static Socket handshake(Socket plain, Target target, SSLSocketFactory tls, Deadline deadline)
            throws IOException {
        SSLSocket socket = (SSLSocket) tls.createSocket(plain, target.host(), target.port(), true);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS"); // check the certificate against the URL's host
        if (!target.host().startsWith("[") && !target.host().chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
            parameters.setServerNames(List.of(new SNIHostName(target.host())));
        }
        socket.setSSLParameters(parameters);
        socket.setSoTimeout(deadline.remainingMillis("TLS handshake"));
        try {
            socket.startHandshake();
            return socket;
        } catch (SocketTimeoutException e) {
            throw deadline.expired("TLS handshake");
        } catch (SSLException e) {
            throw new FetchProblem(FailureKind.TLS, "TLS handshake with %s failed: %s".formatted(target.host(), e.getMessage()));
        }
    }

    /** Sends a request and reads the final response head, skipping interim 1xx responses. */
    ResponseHead send(String request, int maxHeaderBytes) throws IOException {
        socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        for (int interim = 0; interim < 5; interim++) {
            ResponseHead head = ResponseHead.read(in, maxHeaderBytes);
            if (head.status() >= 200 || head.status() == 101) {
                return head;
            }
        }
        throw new FetchProblem(FailureKind.MALFORMED, "too many interim 1xx responses");
    }

    /** The buffered response stream, positioned at the body. */
    InputStream in() {
        return in;
    }

    @Override
    public void close() {
        close(socket);
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing left to do with a socket that will not close
        }
    }
}
