package org.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.export.JsonRecords;
import org.storyline.index.SearchHit;
import org.storyline.index.SearchResults;
import org.storyline.model.Source;
import org.storyline.model.StoredArticle;
import org.storyline.model.Story;
import org.storyline.pipeline.Subscriptions;
import org.storyline.store.ArticleStore;

/**
 * The JSON API: stories, articles, hashtags, outlets, search and sources, paged with limit/offset and
 * {@code next} links; writes (following and unfollowing sources) need an API token. Described at
 * {@code /openapi.json} from the same route table.
 *
 * <pre>{@code
 * curl -s localhost:8080/api/stories?limit=5
 * curl -s -X POST -H "Authorization: Bearer $TOKEN" -d '{"url":"https://example.org/feed"}' localhost:8080/api/sources
 * }</pre>
 *
 * <p>Other parts add their routes (entities, say) as {@link ApiRoute}s given to {@link #register}: they are
 * served and documented like these.
 */
public final class ApiRoutes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RELATED = 8;

    private final ArticleStore store;
    private final Subscriptions subscriptions;
    private final ArticleSearch search;
    private final RelatedArticles related;

    private ApiRoutes(ArticleStore store, Subscriptions subscriptions, ArticleSearch search, RelatedArticles related) {
        this.store = store;
        this.subscriptions = subscriptions;
        this.search = search;
        this.related = related;
    }

    /**
     * Serves the API routes, {@code extra} ones included, and their OpenAPI document at {@code /openapi.json};
     * {@code subscriptions} and {@code search} may be null (those routes then answer 503).
     */
    public static List<ApiRoute> register(Javalin app, ArticleStore store, Subscriptions subscriptions, ArticleSearch search,
                                          RelatedArticles related, List<ApiRoute> extra) {
        ApiRoutes api = new ApiRoutes(store, subscriptions, search, related);
        List<ApiRoute> routes = new ArrayList<>(api.routes());
        routes.addAll(extra);
        ApiErrors.register(app);
        for (ApiRoute route : routes) {
            app.addHttpHandler(route.method(), route.path(), route.writes() ? ctx -> {
                api.requireToken(ctx);
                route.handler().handle(ctx);
            } : route.handler());
        }
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(OpenApi.document(ctx, routes)));
        return routes;
    }

    private List<ApiRoute> routes() {
        var limit = ApiRoute.Param.integer("limit", "Items per page, 1–100 (default 20)");
        var offset = ApiRoute.Param.integer("offset", "Items to skip (default 0)");
        List<ApiRoute.Param> paged = List.of(limit, offset);
        List<ApiRoute.Param> searchParams = List.of(ApiRoute.Param.query("q", "Words, \"a phrase\", AND/OR/-word"),
                ApiRoute.Param.query("mode", "hybrid (default), keyword or semantic"),
                ApiRoute.Param.query("outlet", "Only this outlet"), ApiRoute.Param.date("from", "Published on or after"),
                ApiRoute.Param.date("to", "Published on or before"), ApiRoute.Param.query("hashtag", "Only this hashtag"),
                ApiRoute.Param.query("language", "ISO 639-1 code"), ApiRoute.Param.query("entity", "Entity key"),
                limit, offset);
        return List.of(
                new ApiRoute(HandlerType.GET, "/api/stories", "Stories, newest activity first", paged, false,
                        "StoryPage", this::stories),
                new ApiRoute(HandlerType.GET, "/api/stories/{id}", "A story with its article ids",
                        List.of(ApiRoute.Param.path("id", "Story id")), false, "Story", this::story),
                new ApiRoute(HandlerType.GET, "/api/stories/{id}/articles", "A story's articles, newest first",
                        List.of(ApiRoute.Param.path("id", "Story id"), limit, offset), false, "ArticlePage",
                        this::storyArticles),
                new ApiRoute(HandlerType.GET, "/api/articles", "Articles, newest first", paged, false, "ArticlePage",
                        this::articles),
                new ApiRoute(HandlerType.GET, "/api/articles/{id}", "An article",
                        List.of(ApiRoute.Param.path("id", "Article id")), false, "Article", this::article),
                new ApiRoute(HandlerType.GET, "/api/articles/{id}/related", "Articles related to an article",
                        List.of(ApiRoute.Param.path("id", "Article id")), false, "ArticleList", this::relatedTo),
                new ApiRoute(HandlerType.GET, "/api/hashtags", "Hashtags, most used first", paged, false,
                        "HashtagPage", this::hashtags),
                new ApiRoute(HandlerType.GET, "/api/hashtags/{tag}/articles", "Articles with a hashtag, newest first",
                        List.of(ApiRoute.Param.path("tag", "Hashtag, without #"), limit, offset), false, "ArticlePage",
                        this::hashtagArticles),
                new ApiRoute(HandlerType.GET, "/api/outlets/{name}/articles", "An outlet's articles, newest first",
                        List.of(ApiRoute.Param.path("name", "Outlet name"), limit, offset), false, "ArticlePage",
                        this::outletArticles),
                new ApiRoute(HandlerType.GET, "/api/search", "Search: keyword (BM25) and semantic, fused", searchParams,
                        false, "SearchPage", this::search),
                new ApiRoute(HandlerType.GET, "/api/sources", "Followed sources and their polling state", List.of(),
                        false, "SourceList", this::sources),
                new ApiRoute(HandlerType.GET, "/api/sources/{id}", "A followed source",
                        List.of(ApiRoute.Param.path("id", "Source id")), false, "Source", this::source),
                new ApiRoute(HandlerType.POST, "/api/sources", "Follow a feed (or the feed a page declares)",
                        List.of(), true, "Source", this::follow),
                new ApiRoute(HandlerType.DELETE, "/api/sources/{id}", "Stop following a source (its articles stay)",
                        List.of(ApiRoute.Param.path("id", "Source id")), true, null, this::unfollow));
    }

    private void stories(Context ctx) {
        Paging paging = Paging.of(ctx);
        ctx.json(paging.listing(ctx, store.stories(paging.limit() + 1, paging.offset()), this::storyJson));
    }

    private void story(Context ctx) {
        ctx.json(storyJson(ctx, findStory(ctx)));
    }

    private void storyArticles(Context ctx) {
        Story story = findStory(ctx);
        Paging paging = Paging.of(ctx);
        List<StoredArticle> all = store.articlesOfStory(story.id());
        List<StoredArticle> page = all.stream().skip(paging.offset()).limit(paging.limit() + 1L).toList();
        ctx.json(paging.listing(ctx, page, ApiRoutes::articleJson));
    }

    private void articles(Context ctx) {
        Paging paging = Paging.of(ctx);
        ctx.json(paging.listing(ctx, store.articles(paging.limit() + 1, paging.offset()), ApiRoutes::articleJson));
    }

    private void article(Context ctx) {
        ctx.json(articleJson(ctx, findArticle(ctx)));
    }

    private void relatedTo(Context ctx) {
        ctx.json(Map.of("items", related.of(findArticle(ctx), RELATED).stream().map(a -> articleJson(ctx, a)).toList()));
    }

    private void hashtags(Context ctx) {
        Paging paging = Paging.of(ctx);
        ctx.json(paging.listing(ctx, store.hashtags(paging.limit() + 1, paging.offset()), (c, h) -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("tag", h.tag());
            json.put("articles", h.articles());
            json.put("url", Links.origin(c) + "/api/hashtags/" + Show.path(h.tag()) + "/articles");
            return json;
        }));
    }

    private void hashtagArticles(Context ctx) {
        Paging paging = Paging.of(ctx);
        String tag = ctx.pathParam("tag").replaceFirst("^#", "");
        ctx.json(paging.listing(ctx, store.articlesWithHashtag(tag, paging.limit() + 1, paging.offset()),
                ApiRoutes::articleJson));
    }

    private void outletArticles(Context ctx) {
        Paging paging = Paging.of(ctx);
        ctx.json(paging.listing(ctx, store.articlesOfOutlet(ctx.pathParam("name"), paging.limit() + 1, paging.offset()),
                ApiRoutes::articleJson));
    }

    private void search(Context ctx) {
        if (search == null) {
            throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "search is not available in this server");
        }
        Paging.of(ctx); // the same range checks as every listing
        SearchRequest request = SearchRequest.of(ctx, Paging.DEFAULT_LIMIT, Paging.MAX_LIMIT);
        if (request.problem() != null) {
            throw ApiProblem.badRequest(request.problem());
        }
        if (request.isEmpty()) {
            throw ApiProblem.badRequest("q (or a filter) is required");
        }
        SearchResults results = search.run(request);
        List<Object> items = new ArrayList<>();
        // Copies counted once: a matching republished copy folds into its original's item (copies_matched).
        for (FoldedHits.Folded f : FoldedHits.fold(results.hits(), store)) {
            StoredArticle a = f.article();
            SearchHit hit = f.hit();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", a.id());
            json.put("title", a.article().title());
            json.put("source", a.article().outlet());
            json.put("published", a.article().published() == null ? null : a.article().published().iso());
            json.put("story", a.storyId());
            json.put("score", hit.score());
            json.put("snippet", Snippets.plain(hit.snippet()));
            json.put("snippet_html", Snippets.html(hit.snippet()));
            json.put("copies_matched", f.copies());
            json.put("url", Links.origin(ctx) + "/api/articles/" + a.id());
            items.add(json);
        }
        Map<String, Object> listing = new Paging(request.limit(), request.offset()).listing(ctx, items,
                results.more() && request.offset() + request.limit() <= SearchRequest.MAX_OFFSET);
        listing.put("matched", results.matched());
        listing.put("mode", request.mode().name().toLowerCase());
        ctx.json(listing);
    }

    private void sources(Context ctx) {
        ctx.json(Map.of("items", store.sources().all().stream().map(ApiRoutes::sourceJson).toList()));
    }

    private void source(Context ctx) {
        ctx.json(sourceJson(store.sources().find(ctx.pathParam("id")).orElseThrow(() -> ApiProblem.notFound("source"))));
    }

    private void follow(Context ctx) {
        if (subscriptions == null) {
            throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "sources cannot be added in this server");
        }
        String url = bodyUrl(ctx);
        Subscriptions.Added added = subscriptions.add(url);
        if (added.error() != null) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, added.error());
        }
        if (added.existed()) {
            ctx.status(HttpStatus.OK).json(sourceJson(store.sources().find(url.strip()).orElseThrow(
                    () -> new ApiProblem(HttpStatus.CONFLICT, "a feed of this page is followed already"))));
            return;
        }
        Map<String, Object> json = sourceJson(store.sources().find(added.first().source().id()).orElseThrow());
        json.put("first_poll", added.first().toString());
        ctx.status(HttpStatus.CREATED).header("Location", "/api/sources/" + added.first().source().id()).json(json);
    }

    private void unfollow(Context ctx) {
        Source source = store.sources().find(ctx.pathParam("id")).orElseThrow(() -> ApiProblem.notFound("source"));
        store.sources().remove(source.id());
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void requireToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED,
                    "an API token is required: Authorization: Bearer TOKEN (create one with: storyline token create NAME)");
        }
        String[] parts = header.strip().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer") || store.tokens().verify(parts[1]).isEmpty()) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "the API token is not valid");
        }
    }

    private static String bodyUrl(Context ctx) {
        JsonNode body;
        try {
            body = JSON.readTree(ctx.bodyAsBytes());
        } catch (java.io.IOException e) {
            throw ApiProblem.badRequest("the body must be JSON: {\"url\": \"https://...\"}");
        }
        if (body == null || !body.isObject() || !body.path("url").isTextual() || body.path("url").asText().isBlank()) {
            throw ApiProblem.badRequest("the body must be JSON with a url: {\"url\": \"https://...\"}");
        }
        return body.path("url").asText();
    }

    private Story findStory(Context ctx) {
        String id = ctx.pathParam("id");
        return store.story(id).orElseGet(() -> store.storyRedirect(id).flatMap(store::story)
                .orElseThrow(() -> ApiProblem.notFound("story")));
    }

    private StoredArticle findArticle(Context ctx) {
        return store.article(ctx.pathParam("id")).orElseThrow(() -> ApiProblem.notFound("article"));
    }

    private Map<String, Object> storyJson(Context ctx, Story story) {
        Map<String, Object> json = new LinkedHashMap<>(JsonRecords.story(story, store.articleIdsOfStory(story.id())));
        // Copies counted once: article_count is what a reader reads; the republished copies are counted apart.
        ArticleStore.StoryCount count = store.storyCounts(List.of(story.id())).get(story.id());
        if (count != null) {
            json.put("article_count", count.originals());
            json.put("copy_count", count.copies());
            json.put("outlet_count", count.outlets());
        }
        json.put("url", Links.origin(ctx) + "/api/stories/" + Show.path(story.id()));
        json.put("page", Links.origin(ctx) + "/story/" + Show.path(story.id()));
        return json;
    }

    static Map<String, Object> articleJson(Context ctx, StoredArticle article) {
        Map<String, Object> json = new LinkedHashMap<>(JsonRecords.article(article));
        json.put("page", Links.origin(ctx) + "/article/" + Show.path(article.id()));
        return json;
    }

    static Map<String, Object> sourceJson(Source s) {
        Map<String, Object> json = new LinkedHashMap<>();
        Source.State st = s.state();
        json.put("id", s.id());
        json.put("url", s.url().toString());
        json.put("kind", s.kind().name().toLowerCase());
        json.put("title", s.title());
        json.put("site_url", s.siteLink() == null ? null : s.siteLink().toString());
        json.put("added_at", s.addedAt().toString());
        json.put("last_fetch", st.lastFetch() == null ? null : st.lastFetch().toString());
        json.put("last_success", st.lastSuccess() == null ? null : st.lastSuccess().toString());
        json.put("next_fetch", st.nextFetch().toString());
        json.put("interval_seconds", st.interval().toSeconds());
        json.put("items", st.items());
        json.put("last_error", st.lastError());
        json.put("error_streak", st.errorStreak());
        return json;
    }
}
