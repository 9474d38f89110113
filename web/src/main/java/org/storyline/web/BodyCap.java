package org.storyline.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * A cap on every request body however it is framed. Javalin's own limit reads the Content-Length header, so a
 * chunked body (no length) was read whole into memory: 800 MB of chunks to {@code /signup} ran the heap out. This
 * filter reads a body without a length itself, at most cap + 1 bytes, before any handler sees it: the handler
 * gets the bytes read, or the request gets 413 and its connection is closed.
 *
 * <pre>{@code
 * config.jetty.modifyServletContextHandler(handler -> BodyCap.install(handler, BodyCap.MAX_BYTES));
 * }</pre>
 */
final class BodyCap extends HttpFilter {

    /** The largest request body accepted: forms and API writes are a few hundred bytes. */
    static final int MAX_BYTES = 64 * 1024;

    private final int maxBytes;

    private BodyCap(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    static void install(ServletContextHandler handler, int maxBytes) {
        handler.addFilter(new FilterHolder(new BodyCap(maxBytes)), "/*", EnumSet.of(DispatcherType.REQUEST));
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (req.getContentLengthLong() >= 0 || !hasBody(req)) {
            chain.doFilter(req, res); // a declared length: Javalin refuses it over the cap, Jetty stops at it
            return;
        }
        byte[] body = readAtMost(req.getInputStream(), maxBytes + 1);
        if (body.length > maxBytes) {
            refuse(req, res);
            return;
        }
        chain.doFilter(new Buffered(req, body), res);
    }

    private static boolean hasBody(HttpServletRequest req) {
        return req.getHeader("Transfer-Encoding") != null;
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while (out.size() < limit && (n = in.read(buffer, 0, Math.min(buffer.length, limit - out.size()))) != -1) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * 413, then the connection is closed: left open, Jetty would read (and drop) the rest of the body, all
     * 800 MB of it.
     */
    private static void refuse(HttpServletRequest req, HttpServletResponse res) throws IOException {
        boolean api = req.getRequestURI().startsWith("/api/");
        res.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        res.setHeader("Connection", "close");
        res.setContentType(api ? "application/json" : "text/plain; charset=utf-8");
        res.getWriter().write(api ? "{\"error\": \"the request body is too large\", \"status\": 413}"
                : "What you sent is larger than this site accepts (64 KiB). Shorten it and try again.\n");
        res.flushBuffer();
        Request.getBaseRequest(req).getHttpChannel().getEndPoint().close();
    }

    /** The request with its body already read, and its length now known. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body is already read");
                }
            };
        }
    }
}
