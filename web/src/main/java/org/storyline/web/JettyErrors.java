package org.storyline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Errors Jetty answers before the app sees the request (a path with a NUL or an ambiguous encoding, headers
 * too large): JSON like every other API error, never an HTML page that echoes the request. A request Jetty
 * cannot parse at all has no trustworthy path, so it gets the JSON error whatever it asked for.
 */
final class JettyErrors extends ErrorHandler {

    @Override
    public java.nio.ByteBuffer badMessageError(int status, String reason, org.eclipse.jetty.http.HttpFields.Mutable fields) {
        fields.put(org.eclipse.jetty.http.HttpHeader.CONTENT_TYPE, "application/json");
        fields.put("X-Content-Type-Options", "nosniff");
        return java.nio.ByteBuffer.wrap(json(status).getBytes(StandardCharsets.UTF_8));
    }

    private static String json(int code) {
        return "{\"error\":\"" + HttpStatus.getMessage(code).toLowerCase(Locale.ROOT).replace("\"", "")
                + "\",\"status\":" + code + "}";
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message)
            throws IOException {
        String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
        boolean api = uri.startsWith("/api/") || uri.equals("/openapi.json");
        String reason = HttpStatus.getMessage(code);
        String body = api ? json(code) : code + " " + reason + "\n";
        response.setContentType(api ? "application/json" : "text/plain; charset=utf-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        baseRequest.setHandled(true);
    }
}
