package org.storyline.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Cross-site request forgery protection for forms: a random token in a SameSite=Strict, HttpOnly cookie,
 * repeated in a hidden form field; a state change is accepted only when the two match (and, when the
 * browser sends an Origin, it is this site).
 */
final class Csrf {

    private static final String COOKIE = "storyline_csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {
    }

    /** The client's token, set as a cookie when it has none. */
    static String token(Context ctx) {
        String token = ctx.attribute(COOKIE) instanceof String fresh ? fresh : ctx.cookie(COOKIE);
        if (token == null || token.length() != 43) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Cookie cookie = new Cookie(COOKIE, token);
            cookie.setHttpOnly(true);
            cookie.setSameSite(SameSite.STRICT);
            cookie.setPath("/");
            ctx.cookie(cookie);
            ctx.attribute(COOKIE, token);
        }
        return token;
    }

    /** Replaces the client's token (on sign-in and sign-out), so a token learnt before cannot be used after. */
    static String rotate(Context ctx) {
        ctx.attribute(COOKIE, "");
        return token(ctx);
    }

    static boolean valid(Context ctx) {
        String cookie = ctx.cookie(COOKIE);
        String field = ctx.formParam("csrf");
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals(ctx.scheme() + "://" + ctx.host())) {
            return false;
        }
        return cookie != null && field != null && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8),
                field.getBytes(StandardCharsets.UTF_8));
    }
}
