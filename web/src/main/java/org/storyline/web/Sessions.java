package org.storyline.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.storyline.account.User;
import org.storyline.store.Accounts;

/**
 * Who is signed in: a random token in an HttpOnly, SameSite=Lax cookie (Secure over https), kept in the store by its
 * hash. Signing in always starts a new session with a new token, so a token planted before sign-in is worthless.
 */
final class Sessions {

    static final String COOKIE = "storyline_session";
    static final Duration LIFETIME = Duration.ofDays(30);
    private static final String VIEWER = "storyline.viewer";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Accounts accounts;
    private final Clock clock;

    Sessions(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The signed-in reader, or null; looked up once per request. */
    User viewer(Context ctx) {
        if (ctx.attribute(VIEWER) instanceof Viewer known) {
            return known.user();
        }
        String token = ctx.cookie(COOKIE);
        User user = token == null || token.length() != 43 ? null
                : accounts.sessionUser(token, clock.instant()).orElse(null);
        ctx.attribute(VIEWER, new Viewer(user));
        return user;
    }

    /** Signs {@code user} in with a fresh session and a fresh form token, ending the session the browser had. */
    void start(Context ctx, User user) {
        accounts.endSession(ctx.cookie(COOKIE));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        accounts.startSession(token, user.id(), now, now.plus(LIFETIME));
        ctx.cookie(cookie(ctx, token, (int) LIFETIME.toSeconds()));
        ctx.attribute(VIEWER, new Viewer(user));
        Csrf.rotate(ctx);
    }

    /** Signs the browser out: the session ends in the store and the cookie is cleared. */
    void end(Context ctx) {
        accounts.endSession(ctx.cookie(COOKIE));
        ctx.cookie(cookie(ctx, "", 0));
        ctx.attribute(VIEWER, new Viewer(null));
        Csrf.rotate(ctx);
    }

    private static Cookie cookie(Context ctx, String value, int maxAge) {
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.LAX);
        cookie.setSecure("https".equalsIgnoreCase(ctx.scheme()));
        cookie.setPath("/");
        cookie.setMaxAge(maxAge);
        return cookie;
    }

    /** The request's reader, null when signed out, so that "signed out" is also remembered. */
    private record Viewer(User user) {}
}
