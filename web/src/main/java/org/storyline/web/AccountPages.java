package org.storyline.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.storyline.account.Passwords;
import org.storyline.account.Role;
import org.storyline.account.User;
import org.storyline.account.UserName;
import org.storyline.store.Accounts;

/**
 * Sign-up, sign-in and sign-out ({@code /signup}, {@code /signin}, {@code /signout}).
 *
 * <p>Signing in with an unknown name costs the same Argon2id work as a wrong password and gets the same answer;
 * failures are throttled per name and address pair and per address, and slowed (never refused) per name
 * ({@link SignInThrottle}), the same for names that exist and names that do not. At most two hashes run at once (19 MiB each), so a burst of sign-ins queues instead of exhausting memory.
 */
final class AccountPages {

    static final String MISMATCH = "That name and password do not match an account.";
    static final String THROTTLED = "Too many failed sign-ins from your address. Wait a quarter of an hour and try again.";

    private final Accounts accounts;
    private final Sessions sessions;
    private final Passwords passwords;
    private final Renderer renderer;
    private final Clock clock;
    private final String unknownUserHash;
    private final Semaphore hashing = new Semaphore(2, true);
    private final SignInThrottle throttle = new SignInThrottle();
    private final Pause pause;
    private final Throttle signUps = new Throttle(10, Duration.ofHours(1));

    /** Waits before a slowed sign-in is checked (tests record instead of sleeping). */
    interface Pause {
        void pause(Duration delay);
    }

    AccountPages(Accounts accounts, Sessions sessions, Passwords passwords, Renderer renderer, Clock clock) {
        this(accounts, sessions, passwords, renderer, clock, AccountPages::sleep);
    }

    AccountPages(Accounts accounts, Sessions sessions, Passwords passwords, Renderer renderer, Clock clock, Pause pause) {
        this.pause = pause;
        this.accounts = accounts;
        this.sessions = sessions;
        this.passwords = passwords;
        this.renderer = renderer;
        this.clock = clock;
        this.unknownUserHash = passwords.hash("no account has this password".toCharArray());
    }

    void register(Javalin app) {
        app.get("/signin", ctx -> form(ctx, HttpStatus.OK, "readers/signin.jte", "", null));
        app.post("/signin", this::signIn);
        app.get("/signup", ctx -> form(ctx, HttpStatus.OK, "readers/signup.jte", "", null));
        app.post("/signup", this::signUp);
        app.post("/signout", this::signOut);
    }

    private void signIn(Context ctx) {
        if (renderer.forged(ctx)) {
            return;
        }
        String typed = field(ctx, "name", 80);
        String key = UserName.keyOf(typed);
        Instant now = clock.instant();
        SignInThrottle.Verdict verdict = throttle.before(key, ctx.ip(), now);
        if (verdict.refused()) {
            ctx.header("Retry-After", "900");
            form(ctx, HttpStatus.TOO_MANY_REQUESTS, "readers/signin.jte", typed, THROTTLED);
            return;
        }
        if (!verdict.delay().isZero()) {
            pause.pause(verdict.delay());
        }
        char[] password = field(ctx, "password", Passwords.MAX_LENGTH + 1).toCharArray();
        Accounts.Credentials found = accounts.credentials(key).orElse(null);
        String stored = found == null ? unknownUserHash : found.passwordHash();
        boolean matches = hashed(() -> passwords.verify(password, stored)) && found != null;
        if (!matches) {
            throttle.failed(key, ctx.ip(), now);
            form(ctx, HttpStatus.UNAUTHORIZED, "readers/signin.jte", typed, MISMATCH);
            return;
        }
        throttle.succeeded(key, ctx.ip());
        if (passwords.outdated(found.passwordHash())) {
            accounts.setPassword(found.user().id(), hashed(() -> passwords.hash(password)));
        }
        sessions.start(ctx, found.user());
        ctx.redirect(Renderer.localPath(ctx.formParam("next"), "/"), HttpStatus.SEE_OTHER);
    }

    private void signUp(Context ctx) {
        if (renderer.forged(ctx)) {
            return;
        }
        String typed = field(ctx, "name", 80);
        Instant now = clock.instant();
        if (!signUps.allows(ctx.ip(), now)) {
            ctx.header("Retry-After", "3600");
            form(ctx, HttpStatus.TOO_MANY_REQUESTS, "readers/signup.jte", typed,
                    "Too many accounts were made from your address lately. Try again in an hour.");
            return;
        }
        UserName name = UserName.parse(typed);
        char[] password = field(ctx, "password", Passwords.MAX_LENGTH + 1).toCharArray();
        String problem = !name.valid() ? name.problem() : Passwords.problem(password);
        if (problem == null && !String.valueOf(password).equals(field(ctx, "password2", Passwords.MAX_LENGTH + 1))) {
            problem = "The two passwords differ; type the same password twice.";
        }
        if (problem != null) {
            form(ctx, HttpStatus.UNPROCESSABLE_CONTENT, "readers/signup.jte", typed, problem);
            return;
        }
        signUps.count(ctx.ip(), now);
        String hash = hashed(() -> passwords.hash(password));
        User user = accounts.create(name, hash, Role.READER, now).orElse(null);
        if (user == null) {
            form(ctx, HttpStatus.CONFLICT, "readers/signup.jte", typed, "That name is taken; choose another.");
            return;
        }
        sessions.start(ctx, user);
        ctx.redirect(Renderer.localPath(ctx.formParam("next"), "/"), HttpStatus.SEE_OTHER);
    }

    private void signOut(Context ctx) {
        if (renderer.forged(ctx)) {
            return;
        }
        sessions.end(ctx);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    private void form(Context ctx, HttpStatus status, String template, String name, String message) {
        String next = Renderer.localPath(ctx.formParam("next") != null ? ctx.formParam("next") : ctx.queryParam("next"), "/");
        if (status == HttpStatus.OK && sessions.viewer(ctx) != null) {
            ctx.redirect(next, HttpStatus.SEE_OTHER);
            return;
        }
        renderer.page(ctx, status, template, new ReaderViews.AccountForm(name, next, message, Csrf.token(ctx)));
    }

    private <T> T hashed(Supplier<T> work) {
        hashing.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            hashing.release();
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay); // a virtual thread: waiting costs no platform thread
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String field(Context ctx, String name, int maxLength) {
        String value = ctx.formParam(name);
        if (value == null) {
            return "";
        }
        return value.length() > maxLength ? value.substring(0, maxLength) : value;
    }
}
