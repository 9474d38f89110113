package org.storyline.web;

import io.javalin.Javalin;
import java.time.Clock;
import org.storyline.account.Passwords;
import org.storyline.store.Store;

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
    public static void register(Javalin app, Store store) {
        register(app, store, Passwords.owasp(), Clock.systemUTC());
    }

    static void register(Javalin app, Store store, Passwords passwords, Clock clock) {
        Renderer renderer = new Renderer();
        Sessions sessions = new Sessions(store.accounts(), clock);
        FollowPages follows = new FollowPages(store, sessions, renderer, clock);
        CommentPages comments = new CommentPages(store, sessions, renderer, clock);
        new AccountPages(store.accounts(), sessions, passwords, renderer, clock).register(app);
        comments.register(app);
        follows.register(app);
        Slots slots = new Slots(sessions, renderer, follows, comments);
        app.after(slots::fill);
    }
}
