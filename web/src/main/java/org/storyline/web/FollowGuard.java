package org.storyline.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.storyline.account.User;

/**
 * Who may make the server follow a feed from the {@code /sources} form: a signed-in account with the configured
 * role (admins by default), at most {@link WebSettings#followsPerHour()} follows an hour per account and per
 * address. Following costs the server a fetch now and a poll for ever after, so it is not open to visitors; the
 * JSON API asks for a token instead.
 *
 * <pre>{@code
 * FollowGuard.Refusal no = guard.check(ctx);   // null: go ahead, then guard.count(ctx)
 * }</pre>
 */
final class FollowGuard {

    /** Why a follow was refused: the status and a sentence for the page. */
    record Refusal(HttpStatus status, String message) {}

    static final String SIGN_IN = "Sign in with an account that may follow feeds to add one here.";

    private final Sessions sessions;
    private final WebSettings settings;
    private final Clock clock;
    private final Throttle perAccount;
    private final Throttle perAddress;

    FollowGuard(Sessions sessions, WebSettings settings, Clock clock) {
        this.sessions = sessions;
        this.settings = settings;
        this.clock = clock;
        this.perAccount = new Throttle(settings.followsPerHour(), Duration.ofHours(1));
        this.perAddress = new Throttle(settings.followsPerHour(), Duration.ofHours(1));
    }

    /** Whether the request's viewer may see the follow form at all. */
    boolean mayFollow(Context ctx) {
        User viewer = sessions.viewer(ctx);
        return viewer != null && settings.mayFollow(viewer.role());
    }

    /** Null when this request may follow a feed now, else why not. */
    Refusal check(Context ctx) {
        User viewer = sessions.viewer(ctx);
        if (viewer == null) {
            return new Refusal(HttpStatus.UNAUTHORIZED, SIGN_IN);
        }
        if (!settings.mayFollow(viewer.role())) {
            return new Refusal(HttpStatus.FORBIDDEN, "Your account may not follow feeds here; ask an admin.");
        }
        Instant now = clock.instant();
        if (!perAccount.allows(viewer.id(), now) || !perAddress.allows(ctx.ip(), now)) {
            ctx.header("Retry-After", "3600");
            return new Refusal(HttpStatus.TOO_MANY_REQUESTS,
                    "You have asked to follow %d feeds within the hour; try again later."
                            .formatted(settings.followsPerHour()));
        }
        return null;
    }

    /** Counts a follow that was tried (whether or not the feed could be followed: the fetch happened). */
    void count(Context ctx) {
        User viewer = sessions.viewer(ctx);
        Instant now = clock.instant();
        perAccount.count(viewer == null ? "" : viewer.id(), now);
        perAddress.count(ctx.ip(), now);
    }
}
