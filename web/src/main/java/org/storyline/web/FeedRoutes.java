package org.storyline.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.storyline.index.SearchHit;
import org.storyline.model.Article;
import org.storyline.model.StoredArticle;
import org.storyline.store.ArticleStore;
import org.storyline.web.syndication.AtomWriter;
import org.storyline.web.syndication.Channel;
import org.storyline.web.syndication.JsonFeedWriter;
import org.storyline.web.syndication.RssWriter;

/**
 * Outgoing feeds of every story, hashtag, outlet and search, in RSS 2.0, Atom and JSON Feed 1.1:
 * {@code /story/{id}/feed.rss}, {@code /hashtag/{tag}/feed.atom}, {@code /outlet/{name}/feed.json},
 * {@code /search/feed.rss?q=...} (with the search page's filters).
 *
 * <pre>{@code
 * FeedRoutes.register(app, store, search, thumbnails);
 * }</pre>
 */
public final class FeedRoutes {

    /** Articles in a feed. */
    static final int ENTRIES = 50;
    private static final int SUMMARY_CHARS = 280;

    /** The feed formats, with their file extension and media type. */
    public enum Format {
        RSS("rss", "application/rss+xml", "RSS"),
        ATOM("atom", "application/atom+xml", "Atom"),
        JSON("json", "application/feed+json", "JSON Feed");

        private final String extension;
        private final String mediaType;
        private final String label;

        Format(String extension, String mediaType, String label) {
            this.extension = extension;
            this.mediaType = mediaType;
            this.label = label;
        }

        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String label() {
            return label;
        }

        public static List<Format> all() {
            return List.of(values());
        }
    }

    private final ArticleStore store;
    private final ArticleSearch search;
    private final LeadImages images;

    private FeedRoutes(ArticleStore store, ArticleSearch search, LeadImages images) {
        this.store = store;
        this.search = search;
        this.images = images;
    }

    /**
     * Adds the feed routes; {@code search} may be null (no search feeds then: 503). Entries carry their lead image
     * through the image proxy when {@code images} has thumbnails on.
     */
    static void register(Javalin app, ArticleStore store, ArticleSearch search, LeadImages images) {
        FeedRoutes feeds = new FeedRoutes(store, search, images);
        for (Format format : Format.values()) {
            String file = "/feed." + format.extension();
            // HEAD answers like GET (same status and headers); the server sends no body for it.
            for (io.javalin.http.HandlerType method : List.of(io.javalin.http.HandlerType.GET, io.javalin.http.HandlerType.HEAD)) {
                app.addHttpHandler(method, "/story/{id}" + file, ctx -> feeds.story(ctx, format));
                app.addHttpHandler(method, "/hashtag/{tag}" + file, ctx -> feeds.hashtag(ctx, format));
                app.addHttpHandler(method, "/outlet/{name}" + file, ctx -> feeds.outlet(ctx, format));
                app.addHttpHandler(method, "/search" + file, ctx -> feeds.search(ctx, format));
            }
        }
    }

    private void story(Context ctx, Format format) {
        String id = ctx.pathParam("id");
        var story = store.story(id).orElse(null);
        if (story == null) {
            var merged = store.storyRedirect(id);
            if (merged.isPresent()) { // merged into another story: its feed goes on there
                ctx.redirect("/story/" + Show.path(merged.get()) + "/feed." + format.extension(),
                        HttpStatus.MOVED_PERMANENTLY);
            } else {
                missing(ctx, "no such story");
            }
            return;
        }
        List<StoredArticle> articles = store.articlesOfStory(story.id()).stream().filter(a -> !a.isCopy())
                .limit(ENTRIES).toList();
        serve(ctx, format, channel(ctx, format, story.title(), "Articles of a developing story, newest first",
                "/story/" + Show.path(story.id()), "", articles));
    }

    private void hashtag(Context ctx, Format format) {
        String tag = ctx.pathParam("tag").replaceFirst("^#", "");
        List<StoredArticle> articles = originals(store.articlesWithHashtag(tag, ENTRIES));
        if (articles.isEmpty()) {
            missing(ctx, "no articles with this hashtag");
            return;
        }
        String spelling = store.hashtagSpelling(tag).orElse(tag);
        serve(ctx, format, channel(ctx, format, "#" + spelling, "Latest news with #" + spelling,
                "/hashtag/" + Show.path(spelling), "", articles));
    }

    private void outlet(Context ctx, Format format) {
        String name = ctx.pathParam("name");
        List<StoredArticle> articles = store.articlesOfOutlet(name, ENTRIES);
        if (articles.isEmpty()) {
            missing(ctx, "no articles from this outlet");
            return;
        }
        String outlet = Objects.requireNonNullElse(articles.get(0).article().outlet(), name);
        serve(ctx, format, channel(ctx, format, outlet, "Latest articles from " + outlet,
                "/outlet/" + Show.path(outlet), "", articles));
    }

    private void search(Context ctx, Format format) {
        if (search == null) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).contentType("text/plain; charset=utf-8")
                    .result("Search is not available in this server.");
            return;
        }
        SearchRequest request = SearchRequest.of(ctx, ENTRIES, ENTRIES);
        if (request.problem() != null || request.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST).contentType("text/plain; charset=utf-8")
                    .result(request.problem() != null ? request.problem() : "q (or a filter) is required");
            return;
        }
        List<StoredArticle> articles = FoldedHits.fold(search.run(request).hits(), store).stream()
                .map(FoldedHits.Folded::article).toList();
        String query = queryString(ctx);
        String title = request.query().isEmpty() ? "Search" : "Search: " + request.query();
        serve(ctx, format, channel(ctx, format, title, "Storyline search results", "/search", query, articles));
    }

    private Channel channel(Context ctx, Format format, String title, String description, String path,
                            String query, List<StoredArticle> articles) {
        Map<String, String> thumbnails = images.of(articles.stream().map(StoredArticle::id).toList());
        List<Channel.Entry> entries = articles.stream()
                .map(a -> entry(ctx, a.article(), thumbnails.get(a.id()))).toList();
        Instant updated = entries.stream().map(Channel.Entry::published).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        URI page = Links.absolute(ctx, path + query);
        URI self = Links.absolute(ctx, path + "/feed." + format.extension() + query);
        return new Channel(title, description, page, self, updated, entries);
    }

    private static Channel.Entry entry(Context ctx, Article a, String thumbnail) {
        return new Channel.Entry(a.id(), a.title(), Links.absolute(ctx, "/article/" + Show.path(a.id())),
                Links.publisherLink(a.url()), a.outlet(), a.author(),
                a.published() == null ? null : a.published().instant(), a.language(),
                Show.snippet(a.text(), SUMMARY_CHARS), a.text(), a.hashtags(),
                thumbnail == null ? null : Links.absolute(ctx, thumbnail));
    }

    /**
     * Writes the feed with its validators: an ETag from the body and Last-Modified from its newest entry, so a
     * reader polling with If-None-Match or If-Modified-Since gets 304 Not Modified and no body.
     */
    private static void serve(Context ctx, Format format, Channel channel) {
        String body = switch (format) {
            case RSS -> RssWriter.write(channel);
            case ATOM -> AtomWriter.write(channel);
            case JSON -> JsonFeedWriter.write(channel);
        };
        String etag = "\"" + org.storyline.text.StableHash.of(body) + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "no-cache");
        Instant modified = channel.updated() == null ? null : channel.updated().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        if (modified != null) {
            ctx.header("Last-Modified", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(modified.atZone(java.time.ZoneOffset.UTC)));
        }
        if (notModified(ctx, etag, modified)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(format.mediaType() + "; charset=utf-8").result(body);
    }

    /** RFC 9110 §13.2.2: If-None-Match decides when present; otherwise If-Modified-Since against Last-Modified. */
    static boolean notModified(Context ctx, String etag, Instant modified) {
        String match = ctx.header("If-None-Match");
        if (match != null) {
            return java.util.Arrays.stream(match.split(",")).map(String::strip)
                    .anyMatch(m -> m.equals("*") || m.equals(etag) || m.equals("W/" + etag));
        }
        String since = ctx.header("If-Modified-Since");
        if (since == null || modified == null) {
            return false;
        }
        try {
            Instant at = java.time.ZonedDateTime.parse(since, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !modified.isAfter(at);
        } catch (java.time.format.DateTimeParseException e) {
            return false; // an unreadable date is ignored, as the RFC says
        }
    }

    /** The list without the copies whose original is in it too: a copy is counted once, with its original. */
    static List<StoredArticle> originals(List<StoredArticle> articles) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        articles.forEach(a -> ids.add(a.id()));
        return articles.stream().filter(a -> !a.isCopy() || !ids.contains(a.duplicateOf())).toList();
    }

    private static void missing(Context ctx, String why) {
        ctx.status(HttpStatus.NOT_FOUND).contentType("text/plain; charset=utf-8").result("Not found: " + why);
    }

    /** The request's parameters encoded again ("?q=a%20b&outlet=DW"), or "" when it has none. */
    static String queryString(Context ctx) {
        String query = ctx.queryParamMap().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(java.util.stream.Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
