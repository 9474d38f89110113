package org.storyline.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** Renders the readers' templates and their error pages, and checks what every form must carry. */
final class Renderer {

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    String render(String template, Object page) {
        StringOutput out = new StringOutput();
        templates.render(template, page, out);
        return out.toString();
    }

    void page(Context ctx, HttpStatus status, String template, Object page) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(render(template, page));
    }

    /** An error page whose "go back" leads to the form's {@code next}, else home. */
    void problem(Context ctx, HttpStatus status, String title, String message) {
        problem(ctx, status, title, message, localPath(ctx.formParam("next"), "/"));
    }

    void problem(Context ctx, HttpStatus status, String title, String message, String back) {
        page(ctx, status, "readers/problem.jte", new ReaderViews.Problem(title, message, back));
    }

    /**
     * True (and a 403 page sent) when a state-changing request lacks this site's form token: it may come from
     * another site.
     */
    boolean forged(Context ctx) {
        if (Csrf.valid(ctx)) {
            return false;
        }
        problem(ctx, HttpStatus.FORBIDDEN, "This form has expired",
                "The form was open too long, or did not come from this site. Go back, reload the page and try again.");
        return true;
    }

    /** {@code next} when it is a path on this site, else {@code fallback}: redirects never lead elsewhere. */
    static String localPath(String next, String fallback) {
        if (next == null || next.length() > 500 || !next.startsWith("/") || next.startsWith("//")
                || next.startsWith("/\\") || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
            return fallback;
        }
        return next;
    }

    /** The address of the current page, to come back to after a form. */
    static String here(Context ctx) {
        String query = ctx.queryString();
        return localPath(ctx.path() + (query == null ? "" : "?" + query), "/");
    }

    /** Sends a signed-out reader to sign in, then back here. */
    static void toSignIn(Context ctx, String back) {
        ctx.redirect("/signin?next=" + Show.path(localPath(back, "/")), HttpStatus.SEE_OTHER);
    }
}
