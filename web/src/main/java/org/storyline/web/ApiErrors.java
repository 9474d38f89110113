package org.storyline.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place where API failures become statuses: an {@link ApiProblem} gives its own, a body over the
 * size limit 413, an unknown address 404, a wrong method 405, anything unexpected 500 (without internals).
 * Every API error is {@code {"error": "...", "status": N}} in JSON.
 */
final class ApiErrors {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ApiErrors.class);
    private static final int[] MAPPED = {400, 401, 403, 404, 405, 413, 415, 422, 429, 500, 503};

    private ApiErrors() {
    }

    static void register(Javalin app) {
        app.exception(ApiProblem.class, (e, ctx) -> write(ctx, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> {
            HttpStatus status = HttpStatus.forStatus(e.getStatus());
            if (isApi(ctx)) {
                write(ctx, status, status == HttpStatus.CONTENT_TOO_LARGE ? "the request body is too large"
                        : e.getMessage());
            } else {
                ctx.status(status).contentType("text/plain; charset=utf-8").result(status.getMessage());
            }
        });
        for (int code : MAPPED) {
            app.error(code, ctx -> {
                if (isApi(ctx) && !"application/json".equals(baseType(ctx.res().getContentType()))) {
                    write(ctx, HttpStatus.forStatus(code), HttpStatus.forStatus(code).getMessage().toLowerCase());
                }
            });
        }
    }

    /** An unexpected failure in an API handler: 500 and the failure's kind, never its message or stack. */
    static void unexpected(Exception e, Context ctx) {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        write(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "something went wrong on our side: " + e.getClass().getSimpleName());
    }

    static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/") || ctx.path().equals("/api") || ctx.path().equals("/openapi.json");
    }

    private static void write(Context ctx, HttpStatus status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("status", status.getCode());
        if (status == HttpStatus.UNAUTHORIZED) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"storyline\"");
        }
        ctx.status(status).json(body);
    }

    private static String baseType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].strip();
    }
}
