package org.storyline.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.Locale;
import org.storyline.account.Comment;
import org.storyline.account.User;
import org.storyline.store.ArticleStore;

/**
 * Comments on articles and stories: posted by signed-in readers ({@code POST /comments}), edited by their authors
 * ({@code /comments/{id}/edit}), removed by moderators or their authors ({@code POST /comments/{id}/remove}), and
 * the comment section filled into article and story pages.
 */
final class CommentPages {

    private final ArticleStore store;
    private final Sessions sessions;
    private final Renderer renderer;
    private final Clock clock;
    /** Comments per account: enough for a lively discussion, not for a flood. */
    private final Throttle perAccount = new Throttle(20, java.time.Duration.ofMinutes(10));

    CommentPages(ArticleStore store, Sessions sessions, Renderer renderer, Clock clock) {
        this.store = store;
        this.sessions = sessions;
        this.renderer = renderer;
        this.clock = clock;
    }

    void register(Javalin app) {
        app.post("/comments", this::post);
        app.get("/comments/{id}/edit", this::editForm);
        app.post("/comments/{id}/edit", this::edit);
        app.post("/comments/{id}/remove", this::remove);
    }

    /** The comment section of an article or story page, for this viewer; empty for an unknown kind. */
    String section(Context ctx, String kind, String id) {
        Comment.Target target = target(kind, id);
        if (target == null) {
            return "";
        }
        User viewer = sessions.viewer(ctx);
        return renderer.render("readers/commentsection.jte", new ReaderViews.CommentSection(target,
                store.comments().on(target), viewer, viewer == null ? null : Csrf.token(ctx), Renderer.here(ctx)));
    }

    private void post(Context ctx) {
        Comment.Target target = target(ctx.formParam("kind"), ctx.formParam("id"));
        String page = target == null ? "/" : path(target);
        User viewer = sessions.viewer(ctx);
        if (viewer == null) {
            Renderer.toSignIn(ctx, page);
            return;
        }
        if (renderer.forged(ctx)) {
            return;
        }
        if (target == null || !exists(target)) {
            renderer.problem(ctx, HttpStatus.NOT_FOUND, "Nothing to comment on",
                    "The article or story you commented on is not here (any more).");
            return;
        }
        String body = normalised(ctx.formParam("body"));
        String problem = Comment.problem(body);
        if (problem != null) {
            renderer.problem(ctx, HttpStatus.UNPROCESSABLE_CONTENT, "Your comment was not posted", problem);
            return;
        }
        if (!perAccount.allows(viewer.id(), clock.instant())) {
            ctx.header("Retry-After", "600");
            renderer.problem(ctx, HttpStatus.TOO_MANY_REQUESTS, "Slow down a little",
                    "You posted many comments in the last minutes. Wait a few minutes and post again.");
            return;
        }
        perAccount.count(viewer.id(), clock.instant());
        Comment comment = store.comments().add(target, viewer.id(), body, clock.instant());
        ctx.redirect(page + "#comment-" + comment.id(), HttpStatus.SEE_OTHER);
    }

    private void editForm(Context ctx) {
        Comment comment = ownComment(ctx);
        if (comment != null) {
            renderer.page(ctx, HttpStatus.OK, "readers/commentedit.jte", new ReaderViews.CommentEdit(comment,
                    comment.body(), null, Csrf.token(ctx), Renderer.localPath(ctx.queryParam("next"), path(comment.target()))));
        }
    }

    private void edit(Context ctx) {
        if (sessions.viewer(ctx) != null && renderer.forged(ctx)) {
            return;
        }
        Comment comment = ownComment(ctx);
        if (comment == null) {
            return;
        }
        String body = normalised(ctx.formParam("body"));
        String next = Renderer.localPath(ctx.formParam("next"), path(comment.target()));
        String problem = Comment.problem(body);
        if (problem != null) {
            renderer.page(ctx, HttpStatus.UNPROCESSABLE_CONTENT, "readers/commentedit.jte",
                    new ReaderViews.CommentEdit(comment, body == null ? "" : body, problem, Csrf.token(ctx), next));
            return;
        }
        store.comments().edit(comment.id(), comment.authorId(), body, clock.instant());
        ctx.redirect(withoutFragment(next) + "#comment-" + comment.id(), HttpStatus.SEE_OTHER);
    }

    private void remove(Context ctx) {
        User viewer = sessions.viewer(ctx);
        if (viewer == null) {
            Renderer.toSignIn(ctx, "/");
            return;
        }
        if (renderer.forged(ctx)) {
            return;
        }
        Comment comment = store.comments().find(ctx.pathParam("id")).orElse(null);
        if (comment == null) {
            renderer.problem(ctx, HttpStatus.NOT_FOUND, "No such comment", "That comment is not here.");
            return;
        }
        if (!viewer.role().moderates() && !viewer.id().equals(comment.authorId())) {
            renderer.problem(ctx, HttpStatus.FORBIDDEN, "Not yours to remove",
                    "Only moderators and the comment's author can remove a comment.");
            return;
        }
        store.comments().remove(comment.id(), viewer.id(), clock.instant());
        ctx.redirect(withoutFragment(Renderer.localPath(ctx.formParam("next"), path(comment.target()))) + "#comments-heading",
                HttpStatus.SEE_OTHER);
    }

    /** The comment in the path when the viewer wrote it and it is not removed; otherwise an answer is sent and null returned. */
    private Comment ownComment(Context ctx) {
        User viewer = sessions.viewer(ctx);
        if (viewer == null) {
            Renderer.toSignIn(ctx, Renderer.here(ctx));
            return null;
        }
        Comment comment = store.comments().find(ctx.pathParam("id")).orElse(null);
        if (comment == null || comment.removed()) {
            renderer.problem(ctx, HttpStatus.NOT_FOUND, "No such comment", "That comment is not here (any more).");
            return null;
        }
        if (!comment.authorId().equals(viewer.id())) {
            renderer.problem(ctx, HttpStatus.FORBIDDEN, "Not your comment", "Only its author can edit a comment.");
            return null;
        }
        return comment;
    }

    private boolean exists(Comment.Target target) {
        return switch (target.kind()) {
            case ARTICLE -> store.article(target.id()).isPresent();
            case STORY -> store.story(target.id()).isPresent();
        };
    }

    private static Comment.Target target(String kind, String id) {
        if (kind == null || id == null || id.isBlank() || id.length() > 200) {
            return null;
        }
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "article" -> new Comment.Target(Comment.Kind.ARTICLE, id);
            case "story" -> new Comment.Target(Comment.Kind.STORY, id);
            default -> null;
        };
    }

    private static String path(Comment.Target target) {
        return (target.kind() == Comment.Kind.ARTICLE ? "/article/" : "/story/") + Show.path(target.id());
    }

    /** Line ends as "\n", other control characters dropped, outer space trimmed; null stays null. */
    private static String normalised(String body) {
        return body == null ? null : body.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
    }

    private static String withoutFragment(String path) {
        int hash = path.indexOf('#');
        return hash < 0 ? path : path.substring(0, hash);
    }
}
