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
import org.storyline.enrich.analysis.ArticleNotes;
import org.storyline.model.StoredArticle;
import org.storyline.model.Story;
import org.storyline.index.ArticleIndex;
import org.storyline.pipeline.Subscriptions;
import org.storyline.store.ArticleStore;

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

    private final ArticleStore store;
    private final Subscriptions subscriptions;
    private final ArticleIndex index;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final org.storyline.enrich.analysis.StoryAnalyzer analyzer;
    private final org.storyline.pipeline.StoryAnalyses analyses;
    private final ArticleSearch search;
    private final RelatedArticles related;
    private FollowGuard follows;
    private final org.storyline.enrich.outlet.OutletRegistry outlets;
    private final ImageProxy images;
    private final LeadImages thumbnails;
    private final StoryHistory history;
    /** Genres and summaries noted at ingest; an article stored before notes existed is noted on request. */
    private final ArticleNotes notes = new ArticleNotes();

    private WebServer(ArticleStore store, Subscriptions subscriptions, ArticleIndex index,
                      java.util.function.Function<String, float[]> queryEmbedder,
                      org.storyline.source.fetch.Fetcher imageFetcher) {
        this.images = imageFetcher == null ? null : new ImageProxy(imageFetcher);
        this.thumbnails = new LeadImages(store, images);
        this.store = store;
        this.history = new StoryHistory(store);
        this.subscriptions = subscriptions;
        this.index = index;
        this.outlets = org.storyline.enrich.outlet.OutletRegistry.load(store.directory());
        this.analyzer = new org.storyline.enrich.analysis.StoryAnalyzer(outlets);
        this.analyses = new org.storyline.pipeline.StoryAnalyses(store, analyzer); // stored when stories change
        this.search = index == null ? null : new ArticleSearch(index, queryEmbedder, new AliasExpansion(store));
        this.related = new RelatedArticles(store, index);
    }

    /**
     * The fetch policy thumbnails are fetched under: {@code configured} (its address rules) with a 5 MiB body cap
     * and a 15 s deadline, since a reader is waiting.
     */
    public static org.storyline.source.fetch.FetchPolicy imagePolicy(org.storyline.source.fetch.FetchPolicy configured) {
        return configured.withLimits(ImageProxy.MAX_BYTES, 64 * 1024)
                .withDeadline(java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(15));
    }

    /** A read-only app: pages and API, no way to add sources, no search. */
    public static Javalin create(ArticleStore store) {
        return create(store, null, null);
    }

    /**
     * A configured, not yet started Javalin app; with {@code subscriptions}, sources can be added on /sources;
     * with {@code index}, /search answers.
     */
    public static Javalin create(ArticleStore store, Subscriptions subscriptions, ArticleIndex index) {
        SentenceEmbedder embedder = new SentenceEmbedder(); // loads its model on the first semantic query
        return create(store, subscriptions, index, query -> embedder.embed(null, query));
    }

    /** As {@link #create(ArticleStore, Subscriptions, ArticleIndex)}, with queries embedded by {@code queryEmbedder}. */
    public static Javalin create(ArticleStore store, Subscriptions subscriptions, ArticleIndex index,
                                 java.util.function.Function<String, float[]> queryEmbedder) {
        return create(store, subscriptions, index, queryEmbedder, WebSettings.defaults(), null);
    }

    /** As {@link #create(ArticleStore, Subscriptions, ArticleIndex)}, with the site's own settings. */
    public static Javalin create(ArticleStore store, Subscriptions subscriptions, ArticleIndex index, WebSettings settings) {
        return create(store, subscriptions, index, settings, null);
    }

    /**
     * As {@link #create(ArticleStore, Subscriptions, ArticleIndex)}, with thumbnails of articles' lead images fetched by
     * {@code imageFetcher} (null: no thumbnails; see {@link ImageProxy} for the policy it should have).
     */
    public static Javalin create(ArticleStore store, Subscriptions subscriptions, ArticleIndex index,
                                 org.storyline.source.fetch.Fetcher imageFetcher) {
        return create(store, subscriptions, index, WebSettings.defaults(), imageFetcher);
    }

    /** The site's settings and an image fetcher (null: no thumbnails), queries embedded in-process. */
    public static Javalin create(ArticleStore store, Subscriptions subscriptions, ArticleIndex index, WebSettings settings,
                                 org.storyline.source.fetch.Fetcher imageFetcher) {
        SentenceEmbedder embedder = new SentenceEmbedder();
        return create(store, subscriptions, index, query -> embedder.embed(null, query), settings, imageFetcher);
    }

    /** As the full form, without thumbnails. */
    public static Javalin create(ArticleStore store, Subscriptions subscriptions, ArticleIndex index,
                                 java.util.function.Function<String, float[]> queryEmbedder, WebSettings settings) {
        return create(store, subscriptions, index, queryEmbedder, settings, null);
    }

    /** As the full form, with the default settings. */
    public static Javalin create(ArticleStore store, Subscriptions subscriptions, ArticleIndex index,
                                 java.util.function.Function<String, float[]> queryEmbedder,
                                 org.storyline.source.fetch.Fetcher imageFetcher) {
        return create(store, subscriptions, index, queryEmbedder, WebSettings.defaults(), imageFetcher);
    }

    /** The app with every part given: query embedder, links and limits, image fetcher (null: no thumbnails). */
    public static Javalin create(ArticleStore store, Subscriptions subscriptions, ArticleIndex index,
                                 java.util.function.Function<String, float[]> queryEmbedder, WebSettings settings,
                                 org.storyline.source.fetch.Fetcher imageFetcher) {
        WebServer web = new WebServer(store, subscriptions, index, queryEmbedder, imageFetcher);
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
        if (web.images != null) {
            app.get("/image/{signature}/{address}", web.images::serve);
        }
        app.get("/entity/{id}", ctx -> EntityViews.page(web.store, ctx.pathParam("id")).ifPresentOrElse(
                page -> web.render(ctx, "entity.jte", page), () -> web.notFound(ctx, "this person, organisation or place")));
        web.follows = new FollowGuard(Readers.register(app, store, org.storyline.account.Passwords.owasp(),
                java.time.Clock.systemUTC()), settings, java.time.Clock.systemUTC());
        FeedRoutes.register(app, store, web.search, web.thumbnails);
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
        List<Story> stories = store.stories(HOME_STORIES, 0);
        List<String> ids = stories.stream().map(Story::id).toList();
        Map<String, ArticleStore.StoryCount> counts = store.storyCounts(ids);
        Map<String, ArticleStore.StoryCard> listed = store.storyCards(ids);
        for (Story story : stories) {
            ArticleStore.StoryCard card = listed.getOrDefault(story.id(), new ArticleStore.StoryCard(List.of(), null));
            // An unnamed outlet is listed once ("outlet unknown"), never by headline.
            List<String> outlets = card.outlets().stream().map(Show::outlet).distinct().toList();
            StoredArticle first = card.lead();
            String lead = first == null ? "" : Show.snippet(StoryCoverage.withoutDateline(first.article().text()), 240);
            cards.add(new Pages.StoryCard(story, counts.getOrDefault(story.id(),
                    new ArticleStore.StoryCount(story.articleCount(), 0, story.outletCount())), outlets, lead,
                    first == null ? null : first.id()));
        }
        render(ctx, "home.jte", new Pages.Home(cards, store.counts(), store.problems(5),
                thumbnails.of(cards.stream().map(Pages.StoryCard::leadId).filter(java.util.Objects::nonNull).toList())));
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
        var analysis = analyses.of(story.id()).orElseThrow();
        StoryAnalysisView view = new StoryAnalysisView(analysis, articles);
        List<String> originals = articles.stream().filter(a -> !a.isCopy()).map(StoredArticle::id).toList();
        var noted = store.notes(originals, ArticleNotes.FORMAT);
        StoryCoverage coverage = StoryCoverage.of(articles, view::label, a -> notes.genreOf(a.article(), noted),
                thumbnails.of(originals));
        var count = new ArticleStore.StoryCount(coverage.originals(), coverage.copies(), coverage.outlets());
        render(ctx, "story.jte", new StoryPage(story, count, coverage, StoryTimeline.foreground(analysis),
                history.of(story.id(), articles), EntityViews.story(store, story.id()), view));
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
        var note = notes.noteOf(article.article(),
                store.notes(List.of(article.id()), ArticleNotes.FORMAT));
        render(ctx, "article.jte", new Pages.ArticleView(article, story, copies, related.of(article, RELATED),
                html, changes, EntityViews.article(store, article.id()), ArticleAnalysisView.of(note.summary(),
                article.article().text(), article.article().language(), analyzer.profile(article).orElse(null)),
                ArticleNotes.genre(note)));
    }

    private void hashtag(Context ctx) {
        String tag = ctx.pathParam("tag").replaceFirst("^#", "");
        List<StoredArticle> articles = FeedRoutes.originals(store.articlesWithHashtag(tag, HASHTAG_ARTICLES));
        boolean generated = false;
        if (articles.isEmpty()) {
            articles = generatedHashtag(tag);
            generated = true;
        }
        if (articles.isEmpty()) {
            notFound(ctx, "#" + tag);
            return;
        }
        render(ctx, "hashtag.jte", new Pages.Hashtag(generated ? tag : store.hashtagSpelling(tag).orElse(tag),
                articles, generated));
    }

    /**
     * The original articles of the recent stories whose analysis generated this hashtag (#RussiaAzerbaijan from a
     * story's founding articles): no article carries it, so it is found through the stories' analyses.
     */
    private List<StoredArticle> generatedHashtag(String tag) {
        if (!tag.matches("[\\p{L}\\p{N}_]{1,80}")) {
            return List.of();
        }
        List<StoredArticle> out = new ArrayList<>();
        for (Story story : store.stories(HOME_STORIES, 0)) {
            if (analyses.of(story.id()).map(x -> x.hashtags().stream().anyMatch(tag::equalsIgnoreCase)).orElse(false)) {
                store.articlesOfStory(story.id()).stream().filter(a -> !a.isCopy()).forEach(out::add);
            }
        }
        return out.stream().limit(HASHTAG_ARTICLES).toList();
    }

    private void search(Context ctx) {
        SearchRequest request = SearchRequest.of(ctx, SEARCH_RESULTS, SEARCH_RESULTS);
        List<Pages.Result> results = new ArrayList<>();
        String problem = request.problem();
        boolean mostWords = false;
        long matched = 0;
        boolean more = false;
        if (search == null) {
            problem = "Search is not available in this server.";
        } else if (problem == null && !request.isEmpty()) {
            // Stories, not copies: a republished copy folds into its group's first result.
            ArticleSearch.Found found = search.find(request);
            mostWords = found.mostWords();
            matched = found.results().matched();
            more = found.results().more();
            FoldedHits.fold(found.results().hits(), store).forEach(f -> results.add(
                    new Pages.Result(f.article(), Snippets.highlighted(f.hit().snippet()), f.copies())));
        }
        render(ctx, "search.jte", new Pages.SearchView(request.query(), results, problem, request,
                FeedRoutes.queryString(ctx), mostWords, matched, more));
    }

    private void outlet(Context ctx) {
        String name = ctx.pathParam("name");
        List<StoredArticle> articles = store.articlesOfOutlet(name, HASHTAG_ARTICLES);
        if (articles.isEmpty()) {
            notFound(ctx, name);
            return;
        }
        String shown = articles.get(0).article().outlet();
        String label = outlets.find(shown).map(org.storyline.enrich.outlet.OutletProfile::label).orElse("");
        List<Story> stories = articles.stream().map(StoredArticle::storyId).distinct().limit(HASHTAG_ARTICLES)
                .map(store::story).flatMap(java.util.Optional::stream).toList();
        render(ctx, "outlet.jte", new Pages.Outlet(shown, label, stories, articles));
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
