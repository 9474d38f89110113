package org.storyline.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.dedup.CopyChanges;
import org.storyline.embed.SentenceEmbedder;
import org.storyline.model.StoredArticle;
import org.storyline.model.Story;
import org.storyline.index.SearchIndex;
import org.storyline.pipeline.Subscriptions;
import org.storyline.store.Store;

/**
 * The web app: pages and JSON API over a store.
 *
 * <pre>{@code
 * Javalin app = WebServer.create(store).start("127.0.0.1", 8080);
 * }</pre>
 *
 * <p>Addresses: {@code /}, {@code /story/{id}}, {@code /article/{id}}, {@code /entity/{id}}, {@code /hashtag/{tag}},
 * {@code /search?q=}, {@code /sources}; readers' pages ({@link Readers}); feeds of stories, hashtags, outlets and
 * searches ({@link FeedRoutes}); the JSON API under {@code /api/} described at {@code /openapi.json}
 * ({@link ApiRoutes}), with a story's analysis and entities added here.
 */
public final class WebServer {

    private static final int HOME_STORIES = 50;
    private static final int HASHTAG_ARTICLES = 100;
    private static final int RELATED = 8;
    private static final int SEARCH_RESULTS = 50;

    private final Store store;
    private final Subscriptions subscriptions;
    private final SearchIndex index;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final org.storyline.enrich.analysis.StoryAnalyzer analyzer;
    private final org.storyline.pipeline.StoryAnalyses analyses;
    private final ArticleSearch search;
    private final RelatedArticles related;
    private FollowGuard follows;

    private WebServer(Store store, Subscriptions subscriptions, SearchIndex index,
                      java.util.function.Function<String, float[]> queryEmbedder) {
        this.store = store;
        this.subscriptions = subscriptions;
        this.index = index;
        this.analyzer = new org.storyline.enrich.analysis.StoryAnalyzer(
                org.storyline.enrich.outlet.OutletRegistry.load(store.directory()));
        this.analyses = new org.storyline.pipeline.StoryAnalyses(store, analyzer); // stored when stories change
        this.search = index == null ? null : new ArticleSearch(index, queryEmbedder);
        this.related = new RelatedArticles(store, index);
    }

    /** A read-only app: pages and API, no way to add sources, no search. */
    public static Javalin create(Store store) {
        return create(store, null, null);
    }

    /**
     * A configured, not yet started Javalin app; with {@code subscriptions}, sources can be added on /sources;
     * with {@code index}, /search answers.
     */
    public static Javalin create(Store store, Subscriptions subscriptions, SearchIndex index) {
        SentenceEmbedder embedder = new SentenceEmbedder(); // loads its model on the first semantic query
        return create(store, subscriptions, index, query -> embedder.embed(null, query));
    }

    /** As {@link #create(Store, Subscriptions, SearchIndex)}, with queries embedded by {@code queryEmbedder}. */
    public static Javalin create(Store store, Subscriptions subscriptions, SearchIndex index,
                                 java.util.function.Function<String, float[]> queryEmbedder) {
        return create(store, subscriptions, index, queryEmbedder, WebSettings.defaults());
    }

    /** As {@link #create(Store, Subscriptions, SearchIndex)}, with the site's own settings. */
    public static Javalin create(Store store, Subscriptions subscriptions, SearchIndex index, WebSettings settings) {
        SentenceEmbedder embedder = new SentenceEmbedder();
        return create(store, subscriptions, index, query -> embedder.embed(null, query), settings);
    }

    /** The app, everything given: queries embedded by {@code queryEmbedder}, links and limits from {@code settings}. */
    public static Javalin create(Store store, Subscriptions subscriptions, SearchIndex index,
                                 java.util.function.Function<String, float[]> queryEmbedder, WebSettings settings) {
        WebServer web = new WebServer(store, subscriptions, index, queryEmbedder);
        Javalin app = Javalin.create(config -> {
            config.useVirtualThreads = true;
            config.showJavalinBanner = false;
            config.http.maxRequestSize = BodyCap.MAX_BYTES;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            config.jetty.modifyServletContextHandler(handler -> BodyCap.install(handler, BodyCap.MAX_BYTES));
            config.staticFiles.add(files -> {
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.hostedPath = "/static";
            });
        });
        String origin = settings.origin();
        app.before(ctx -> {
            ctx.attribute(Links.ORIGIN, origin != null ? origin : Links.local(ctx));
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
            ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' https: data:; object-src 'none';"
                    + " base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
        });
        app.get("/", web::home);
        app.get("/story/{id}", web::story);
        app.get("/article/{id}", web::article);
        app.get("/hashtag/{tag}", web::hashtag);
        app.get("/search", web::search);
        app.get("/sources", web::sources);
        app.post("/sources", web::addSource);
        app.get("/outlet/{name}", web::outlet);
        app.get("/entity/{id}", ctx -> EntityViews.page(web.store, ctx.pathParam("id")).ifPresentOrElse(
                page -> web.render(ctx, "entity.jte", page), () -> web.notFound(ctx, "this person, organisation or place")));
        web.follows = new FollowGuard(Readers.register(app, store, org.storyline.account.Passwords.owasp(),
                java.time.Clock.systemUTC()), settings, java.time.Clock.systemUTC());
        FeedRoutes.register(app, store, web.search);
        ApiRoutes.register(app, store, subscriptions, web.search, web.related, web.moreApiRoutes());
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            if (ApiErrors.isApi(ctx)) {
                return;
            } else if (ctx.res().getContentType() == null || !ctx.res().getContentType().startsWith("text/html")) {
                web.render(ctx, "notfound.jte", new Pages.NotFound("this page"));
            }
        });
        app.exception(Exception.class, (e, ctx) -> {
            if (ApiErrors.isApi(ctx)) {
                ApiErrors.unexpected(e, ctx);
                return;
            }
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType("text/plain; charset=utf-8")
                    .result("Something went wrong on our side: " + e.getClass().getSimpleName());
        });
        return app;
    }

    private void home(Context ctx) {
        List<Pages.StoryCard> cards = new ArrayList<>();
        for (Story story : store.stories(HOME_STORIES, 0)) {
            List<StoredArticle> articles = store.articlesOfStory(story.id());
            List<String> outlets = articles.stream().map(a -> Show.outlet(a.article().outlet())).distinct().toList();
            String lead = articles.stream().filter(a -> !a.isCopy()).findFirst()
                    .map(a -> Show.snippet(a.article().text(), 240)).orElse("");
            cards.add(new Pages.StoryCard(story, outlets, lead));
        }
        render(ctx, "home.jte", new Pages.Home(cards, store.counts(), store.problems(5)));
    }

    private void story(Context ctx) {
        Story story = store.story(ctx.pathParam("id")).orElse(null);
        if (story == null) {
            var merged = store.storyRedirect(ctx.pathParam("id"));
            if (merged.isPresent()) {
                ctx.redirect("/story/" + merged.get(), HttpStatus.MOVED_PERMANENTLY);
                return;
            }
            notFound(ctx, "this story");
            return;
        }
        List<StoredArticle> articles = store.articlesOfStory(story.id());
        Map<String, List<StoredArticle>> byOutlet = new LinkedHashMap<>();
        articles.forEach(a -> byOutlet.computeIfAbsent(Show.outlet(a.article().outlet()), k -> new ArrayList<>()).add(a));
        var analysis = analyses.of(story.id()).orElseThrow();
        render(ctx, "story.jte", new Pages.StoryView(story, articles, byOutlet, StoryTimeline.foreground(analysis),
                history(story.id()), EntityViews.story(store, story.id()), new StoryAnalysisView(analysis, articles)));
    }

    /** The stories this one split from, split into or took in, for the story page. */
    private List<Pages.HistoryLink> history(String storyId) {
        return store.lineage(storyId).stream().map(e -> {
            String label = switch (e.getKey()) {
                case "split_from" -> "Split from";
                case "split_off" -> "Split off";
                default -> "Took in";
            };
            String title = store.story(e.getValue()).map(Story::title).orElse(null);
            return new Pages.HistoryLink(label, e.getValue(), title);
        }).toList();
    }

    private void article(Context ctx) {
        StoredArticle article = store.article(ctx.pathParam("id")).orElse(null);
        if (article == null) {
            notFound(ctx, "this article");
            return;
        }
        Story story = store.story(article.storyId()).orElse(null);
        // Stored HTML was sanitised with an allow-list before it was stored; it is the only unescaped output.
        gg.jte.Content html = store.articleHtml(article.id()).<gg.jte.Content>map(h -> out -> out.writeContent(h))
                .orElse(null);
        List<StoredArticle> copies = store.copiesOf(article);
        var changes = !article.isCopy() ? null : copies.stream().filter(c -> c.id().equals(article.duplicateOf()))
                .findFirst().map(o -> CopyChanges.compare(o.article().title(), o.article().text(),
                        article.article().title(), article.article().text())).orElse(null);
        render(ctx, "article.jte", new Pages.ArticleView(article, story, copies, related.of(article, RELATED),
                html, changes, EntityViews.article(store, article.id()), new ArticleAnalysisView(analyzer.paragraph(article),
                ArticleAnalysisView.languageName(article.article().language()), analyzer.profile(article).orElse(null))));
    }

    private void hashtag(Context ctx) {
        String tag = ctx.pathParam("tag").replaceFirst("^#", "");
        List<StoredArticle> articles = store.articlesWithHashtag(tag, HASHTAG_ARTICLES);
        if (articles.isEmpty()) {
            notFound(ctx, "#" + tag);
            return;
        }
        render(ctx, "hashtag.jte", new Pages.Hashtag(store.hashtagSpelling(tag).orElse(tag), articles));
    }

    private void search(Context ctx) {
        SearchRequest request = SearchRequest.of(ctx, SEARCH_RESULTS, SEARCH_RESULTS);
        List<Pages.Result> results = new ArrayList<>();
        String problem = request.problem();
        if (search == null) {
            problem = "Search is not available in this server.";
        } else if (problem == null && !request.isEmpty()) {
            // Stories, not copies: a republished copy folds into its group's first result.
            Map<String, Integer> groupAt = new LinkedHashMap<>();
            search.run(request).hits().forEach(h -> store.article(h.articleId()).ifPresent(a -> {
                String group = a.isCopy() ? a.duplicateOf() : a.id();
                Integer at = groupAt.get(group);
                if (at == null) {
                    // The group is shown by its original, whichever of its articles matched first.
                    StoredArticle shown = a.isCopy() ? store.article(a.duplicateOf()).orElse(a) : a;
                    groupAt.put(group, results.size());
                    results.add(new Pages.Result(shown, Snippets.highlighted(h.snippet()), shown == a ? 0 : 1));
                } else if (!a.id().equals(results.get(at).article().id())) {
                    Pages.Result first = results.get(at);
                    results.set(at, new Pages.Result(first.article(), first.snippet(), first.copies() + 1));
                }
            }));
        }
        render(ctx, "search.jte", new Pages.SearchView(request.query(), results, problem, request,
                FeedRoutes.queryString(ctx)));
    }

    private void outlet(Context ctx) {
        String name = ctx.pathParam("name");
        List<StoredArticle> articles = store.articlesOfOutlet(name, HASHTAG_ARTICLES);
        if (articles.isEmpty()) {
            notFound(ctx, name);
            return;
        }
        render(ctx, "outlet.jte", new Pages.Outlet(articles.get(0).article().outlet(), articles));
    }

    private void sources(Context ctx) {
        boolean may = subscriptions != null && follows.mayFollow(ctx);
        render(ctx, "sources.jte", new Pages.SourcesView(store.sources().all(),
                subscriptions == null || may ? null : FollowGuard.SIGN_IN, may ? Csrf.token(ctx) : null));
    }

    private void addSource(Context ctx) {
        if (subscriptions == null) {
            ctx.status(HttpStatus.METHOD_NOT_ALLOWED).result("Sources cannot be added here.");
            return;
        }
        if (!Csrf.valid(ctx)) {
            ctx.status(HttpStatus.FORBIDDEN).contentType("text/plain; charset=utf-8")
                    .result("This form has expired or did not come from this site. Reload the page and try again.");
            return;
        }
        FollowGuard.Refusal refusal = follows.check(ctx);
        if (refusal != null) {
            ctx.status(refusal.status());
            render(ctx, "sources.jte", new Pages.SourcesView(store.sources().all(), refusal.message(),
                    follows.mayFollow(ctx) ? Csrf.token(ctx) : null));
            return;
        }
        follows.count(ctx);
        String url = ctx.formParam("url") == null ? "" : ctx.formParam("url").strip();
        Subscriptions.Added added = subscriptions.add(url);
        String message = added.error() != null ? added.error() : added.existed() ? "Already following " + url
                : "Now following " + added.first().source().name() + ": " + added.first();
        ctx.status(added.error() == null ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT);
        render(ctx, "sources.jte", new Pages.SourcesView(store.sources().all(), message, Csrf.token(ctx)));
    }

    /** API routes this class answers: a story's analysis, and entities. */
    private List<ApiRoute> moreApiRoutes() {
        return List.of(
                new ApiRoute(io.javalin.http.HandlerType.GET, "/api/stories/{id}/analysis",
                        "A story's summary, hashtags, dated events, claims and accounts, and coverage by outlet",
                        List.of(ApiRoute.Param.path("id", "Story id")), false, "StoryAnalysis", this::apiAnalysis),
                new ApiRoute(io.javalin.http.HandlerType.GET, "/api/entities/{id}",
                        "A person, organisation or place: type, name, aliases, roles and the articles naming it",
                        List.of(ApiRoute.Param.path("id", "Entity id")), false, "Entity", this::apiEntity));
    }

    private void apiAnalysis(Context ctx) {
        Story story = store.story(ctx.pathParam("id"))
                .orElseThrow(() -> new io.javalin.http.NotFoundResponse("no such story"));
        ctx.json(org.storyline.export.AnalysisRecords.story(story.id(), analyses.of(story.id()).orElseThrow()));
    }

    private void apiEntity(Context ctx) {
        ctx.json(org.storyline.export.EntityRecords.entity(store.entities(), ctx.pathParam("id"))
                .orElseThrow(() -> new io.javalin.http.NotFoundResponse("no such entity")));
    }

    private void notFound(Context ctx, String what) {
        ctx.status(HttpStatus.NOT_FOUND);
        render(ctx, "notfound.jte", new Pages.NotFound(what));
    }

    private void render(Context ctx, String template, Object page) {
        StringOutput out = new StringOutput();
        templates.render(template, page, out);
        ctx.contentType("text/html; charset=utf-8").result(out.toString());
    }
}
