package org.storyline.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.storyline.account.Follow;
import org.storyline.account.User;
import org.storyline.store.Follows;
import org.storyline.store.ArticleStore;

/**
 * Following stories, hashtags and entities ({@code POST /follow}, {@code POST /unfollow}), the follow button filled
 * into their pages, and "what's new" ({@code /following}, also {@code /new}): for each followed thing, the articles
 * that arrived since the reader's last visit there. Looking at the page marks them seen.
 */
final class FollowPages {

    private static final int ARTICLES_EACH = 10;
    private static final Pattern ENTITY_KEY = Pattern.compile("[\\p{L}\\p{N}._:~-]{1,120}");

    private final ArticleStore store;
    private final Sessions sessions;
    private final Renderer renderer;
    private final Clock clock;

    FollowPages(ArticleStore store, Sessions sessions, Renderer renderer, Clock clock) {
        this.store = store;
        this.sessions = sessions;
        this.renderer = renderer;
        this.clock = clock;
    }

    void register(Javalin app) {
        app.post("/follow", ctx -> change(ctx, true));
        app.post("/unfollow", ctx -> change(ctx, false));
        app.get("/following", this::whatsNew);
        app.get("/new", ctx -> ctx.redirect("/following", HttpStatus.SEE_OTHER));
    }

    /** The follow button for one thing, for this viewer; empty for an unknown kind. {@code label} names an entity. */
    String button(Context ctx, String kindName, String value, String label) {
        Follow.Kind kind = Follow.Kind.parse(kindName).orElse(null);
        if (kind == null || value == null) {
            return "";
        }
        String key = kind.key(value);
        User viewer = sessions.viewer(ctx);
        boolean following = viewer != null && store.follows().follows(viewer.id(), kind, key);
        String what = switch (kind) {
            case STORY -> "this story";
            case HASHTAG -> "#" + store.hashtagSpelling(key).orElse(key);
            case ENTITY -> label == null || label.isBlank() ? "this entity" : label;
        };
        String given = kind == Follow.Kind.ENTITY && label != null && !label.isBlank() ? label : null;
        return renderer.render("readers/followform.jte", new ReaderViews.FollowButton(kind, key, what, given, viewer != null,
                following, viewer == null ? null : Csrf.token(ctx), Renderer.here(ctx)));
    }

    private void change(Context ctx, boolean follow) {
        User viewer = sessions.viewer(ctx);
        Follow.Kind kind = Follow.Kind.parse(ctx.formParam("kind")).orElse(null);
        String key = kind == null ? null : kind.key(ctx.formParam("key"));
        String page = kind == null || key == null || key.isEmpty() ? "/" : "/" + kind.path() + "/" + Show.path(key);
        String next = Renderer.localPath(ctx.formParam("next"), page);
        if (viewer == null) {
            Renderer.toSignIn(ctx, next);
            return;
        }
        if (renderer.forged(ctx)) {
            return;
        }
        if (kind == null || key == null || key.isEmpty()) {
            renderer.problem(ctx, HttpStatus.BAD_REQUEST, "Nothing to follow", "Say what to follow: a story, a hashtag or an entity.");
            return;
        }
        if (follow) {
            String label = label(kind, key, ctx.formParam("label"));
            if (label == null) {
                renderer.problem(ctx, HttpStatus.NOT_FOUND, "Nothing to follow", "There is no " + kind.path() + " " + key + " here.");
                return;
            }
            store.follows().follow(viewer.id(), kind, key, label, clock.instant());
        } else {
            store.follows().unfollow(viewer.id(), kind, key);
        }
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    /** How a followed thing reads, or null when there is no such thing. */
    private String label(Follow.Kind kind, String key, String given) {
        return switch (kind) {
            case STORY -> store.story(key).map(s -> s.title()).orElse(null);
            case HASHTAG -> store.hashtagSpelling(key).map(s -> "#" + s).orElse(null);
            case ENTITY -> !ENTITY_KEY.matcher(key).matches() ? null
                    : given == null || given.isBlank() ? key : given.strip().substring(0, Math.min(120, given.strip().length()));
        };
    }

    private void whatsNew(Context ctx) {
        User viewer = sessions.viewer(ctx);
        if (viewer == null) {
            Renderer.toSignIn(ctx, "/following");
            return;
        }
        Follows follows = store.follows();
        List<Follow> followed = follows.of(viewer.id());
        long upTo = follows.latestSeq();
        List<Follows.News> news = followed.stream().map(f -> follows.news(f, upTo, ARTICLES_EACH))
                .sorted(Comparator.comparingInt(Follows.News::total).reversed()).toList();
        Instant lastVisit = followed.stream().map(Follow::seenAt).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(null);
        ctx.header("Cache-Control", "no-store");
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        news.stream().filter(n -> n.storyId() != null)
                .forEach(n -> store.story(n.storyId()).ifPresent(s -> titles.put(s.id(), s.title())));
        renderer.page(ctx, HttpStatus.OK, "readers/whatsnew.jte", new ReaderViews.WhatsNew(viewer, news, titles,
                lastVisit, Csrf.token(ctx)));
        follows.markSeen(viewer.id(), upTo, clock.instant());
    }
}
