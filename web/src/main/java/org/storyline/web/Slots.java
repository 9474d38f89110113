package org.storyline.web;

import io.javalin.http.Context;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.account.User;

/**
 * Fills the reader-specific parts into a rendered page: the account links in the header, follow buttons, comment
 * sections. Templates mark where they go with an empty {@code <div data-slot=...>} (see {@code readers/follow.jte},
 * {@code readers/comments.jte}; an entity page can have its follow button with
 * {@code @template.readers.follow(kind = "entity", key = id, label = name)}); page records stay the same for every reader, and shared templates need one include
 * line per slot. Text from users and articles is escaped or sanitised before it reaches a page, so only templates can
 * write a marker.
 */
final class Slots {

    private static final Pattern SLOT = Pattern.compile(
            "<div data-slot=\"([a-z]+)\"(?: data-kind=\"([^\"<>]*)\")?(?: data-key=\"([^\"<>]*)\")?"
            + "(?: data-label=\"([^\"<>]*)\")?></div>");

    private final Sessions sessions;
    private final Renderer renderer;
    private final FollowPages follows;
    private final CommentPages comments;

    Slots(Sessions sessions, Renderer renderer, FollowPages follows, CommentPages comments) {
        this.sessions = sessions;
        this.renderer = renderer;
        this.follows = follows;
        this.comments = comments;
    }

    /** Replaces the slots of an HTML response; other responses pass through. */
    void fill(Context ctx) {
        String type = ctx.res().getContentType();
        if (type == null || !type.startsWith("text/html")) {
            return;
        }
        String html = ctx.result();
        if (html == null || !html.contains("<div data-slot=")) {
            return;
        }
        Matcher m = SLOT.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 4096);
        while (m.find()) {
            String kind = unescape(m.group(2));
            String key = unescape(m.group(3));
            String filled = switch (m.group(1)) {
                case "account" -> account(ctx);
                case "follow" -> follows.button(ctx, kind, key, unescape(m.group(4)));
                case "comments" -> comments.section(ctx, kind, key);
                default -> "";
            };
            m.appendReplacement(out, Matcher.quoteReplacement(filled));
        }
        m.appendTail(out);
        if (sessions.viewer(ctx) != null) {
            ctx.header("Cache-Control", "private, no-store");
        }
        ctx.result(out.toString());
    }

    private String account(Context ctx) {
        User viewer = sessions.viewer(ctx);
        return renderer.render("readers/nav.jte", new ReaderViews.Nav(viewer, viewer == null ? null : Csrf.token(ctx),
                Renderer.here(ctx)));
    }

    /** Undoes jte's attribute escaping. */
    private static String unescape(String value) {
        if (value == null) {
            return null;
        }
        return value.replace("&#34;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&amp;", "&");
    }
}
