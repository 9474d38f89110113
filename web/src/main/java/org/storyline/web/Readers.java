package org.storyline.web;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import org.storyline.account.Passwords;
import org.storyline.store.ArticleStore;

/**
 * Everything for signed-in readers, wired onto the app in one call: accounts, comments, follows and "what's new".
 *
 * <pre>{@code
 * Readers.register(app, store);
 * }</pre>
 */
public final class Readers {

    private Readers() {
    }

    /** Adds the readers' routes, and fills reader-specific slots into every HTML page. */
    public static void register(Javalin app, ArticleStore store) {
        register(app, store, Passwords.owasp(), Clock.systemUTC());
    }

    /** As {@link #register(Javalin, ArticleStore)}; returns the sessions, for other routes that need the signed-in reader. */
    static Sessions register(Javalin app, ArticleStore store, Passwords passwords, Clock clock) {
        Renderer renderer = new Renderer();
        Sessions sessions = new Sessions(store.accounts(), clock);
        FollowPages follows = new FollowPages(store, sessions, renderer, clock);
        CommentPages comments = new CommentPages(store, sessions, renderer, clock);
        new AccountPages(store.accounts(), sessions, passwords, renderer, clock).register(app);
        comments.register(app);
        follows.register(app);
        Slots slots = new Slots(sessions, renderer, follows, comments);
        app.after(slots::fill);
        errorPages(app, renderer);
        return sessions;
    }

    /** Error answers a person can read, for pages (the JSON API keeps its own). */
    private static void errorPages(Javalin app, Renderer renderer) {
        app.error(HttpStatus.CONTENT_TOO_LARGE, ctx -> {
            if (!ctx.path().startsWith("/api/")) {
                renderer.problem(ctx, HttpStatus.CONTENT_TOO_LARGE, "Too much at once",
                        "What you sent is larger than this site accepts (64 KiB). Shorten it and try again.", "/");
            }
        });
        app.error(HttpStatus.INTERNAL_SERVER_ERROR, ctx -> {
            if (!ctx.path().startsWith("/api/")) {
                renderer.problem(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side",
                        "This page could not be made just now. Try again in a moment; if it keeps happening, tell the"
                                + " people who run this site.", "/");
            }
        });
    }
}
