package org.storyline.pipeline;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.storyline.extract.feed.FeedItemExtractor;
import org.storyline.extract.html.Extraction;
import org.storyline.extract.html.HtmlExtractor;
import org.storyline.model.ParsedArticle;
import org.storyline.sanitize.ArticleHtmlSanitizer;
import org.storyline.model.Source;
import org.storyline.source.feed.Feed;
import org.storyline.source.feed.FeedFailure;
import org.storyline.source.feed.FeedItem;
import org.storyline.source.feed.FeedParser;
import org.storyline.source.feed.ItemIdentity;
import org.storyline.source.fetch.FetchFailed;
import org.storyline.source.fetch.FetchResult;
import org.storyline.source.fetch.Fetched;
import org.storyline.source.fetch.Fetcher;
import org.storyline.source.fetch.HostThrottle;
import org.storyline.source.fetch.NotModified;
import org.storyline.source.fetch.Validators;
import org.storyline.store.SourceRegistry;
import org.storyline.text.StableHash;

/**
 * Polls feeds: fetch (conditional GET) → parse → for each new or changed item, its article (from the item, or
 * from its page when the item is a teaser) → {@link Pipeline#ingestItem}; then the source's new state and
 * when to poll it next ({@link PollSchedule}). Every error is recorded on the source with its kind.
 *
 * <pre>{@code
 * FeedPoller poller = new FeedPoller(store.sources(), pipeline, fetcher, HostThrottle.standard(),
 *         PollSchedule.standard(), Clock.systemUTC());
 * poller.pollDue().forEach(System.out::println);
 * }</pre>
 *
 * <p>Not thread-safe: one poller polls one source at a time (the pipeline it feeds is single-threaded).
 */
public final class FeedPoller {

    private static final int MAX_ITEMS_PER_POLL = 200;
    /** Sources polled by one {@link #pollDue} at most. */
    private static final int MAX_SOURCES_PER_ROUND = 1000;
    /** Sources claimed at a time: few, so that other fetchers find due sources meanwhile. */
    private static final int CLAIM = 8;
    /** How long claimed sources stay this fetcher's: far longer than polling eight takes (deadlines included). */
    private static final Duration CLAIM_LEASE = Duration.ofMinutes(10);

    private final SourceRegistry sources;
    private final Pipeline pipeline;
    private final Fetcher fetcher;

    /** Why the fetcher would refuse {@code url}, judged without a lookup, or null ({@link Fetcher#refusal}). */
    public String refusal(URI url) {
        return fetcher.refusal(url);
    }
    private final HostThrottle throttle;
    private final PollSchedule schedule;
    private final Clock clock;
    private final FeedParser parser = new FeedParser();
    private final FeedItemExtractor items = new FeedItemExtractor();
    private final HtmlExtractor html = new HtmlExtractor();
    private final ArticleHtmlSanitizer sanitizer = new ArticleHtmlSanitizer(ArticleHtmlSanitizer.Settings.defaults());

    public FeedPoller(SourceRegistry sources, Pipeline pipeline, Fetcher fetcher, HostThrottle throttle,
                      PollSchedule schedule, Clock clock) {
        this.sources = sources;
        this.pipeline = pipeline;
        this.fetcher = fetcher;
        this.throttle = throttle;
        this.schedule = schedule;
        this.clock = clock;
    }

    /**
     * Polls every source that is due now, the most overdue first, claiming a few at a time so that several
     * fetching processes on one store share the due sources instead of each polling all of them.
     */
    public List<PollOutcome> pollDue() {
        List<PollOutcome> outcomes = new ArrayList<>();
        Set<String> polled = new HashSet<>();
        for (int round = 0; round < MAX_SOURCES_PER_ROUND / CLAIM; round++) {
            List<Source> claimed = sources.claimDue(clock.instant(), CLAIM, CLAIM_LEASE).stream()
                    .filter(s -> polled.add(s.id())).toList(); // a poll that left its source due: once a round
            if (claimed.isEmpty()) {
                break;
            }
            claimed.forEach(source -> outcomes.add(poll(source)));
        }
        return outcomes;
    }

    /** Polls one source now, whether due or not. */
    public PollOutcome poll(Source source) {
        Source.State state = source.state();
        FetchResult result = fetch(source.url(), new Validators(state.etag(), state.lastModified()));
        return switch (result) {
            case NotModified notModified -> succeeded(source, null, notModified.validators(), 0, 0, 0);
            case FetchFailed failed -> failed(source, failed.message(), failed.kind().name(), failed.retryAt());
            case Fetched fetched -> switch (parser.parse(fetched.body(), fetched.finalUrl())) {
                case Feed feed -> take(source, feed, fetched.validators());
                case FeedFailure failure -> failed(source, failure.message(), failure.kind().name(), null);
            };
        };
    }

    /** Stores a feed's new and changed items, then records success. Also used when a source is added. */
    PollOutcome take(Source source, Feed feed, Validators validators) {
        int added = 0;
        int updated = 0;
        int skipped = 0;
        for (FeedItem item : feed.items().stream().limit(MAX_ITEMS_PER_POLL).toList()) {
            String key = ItemIdentity.of(item);
            String hash = contentHash(item);
            if (sources.itemHash(source.id(), key).filter(hash::equals).isPresent()) {
                continue; // seen before, unchanged
            }
            Extraction page = item.teaser() && item.url() != null ? page(item.url()) : null;
            Optional<ParsedArticle> article = items.toArticle(item, feed.title(), page);
            if (article.isEmpty()) {
                skipped++;
                continue;
            }
            String origin = item.url() != null ? item.url().toString() : feed.feedUrl().toString();
            DocumentOutcome outcome = pipeline.ingestItem(new FeedEntry(source.id(), key, hash, article.get(),
                    page == null ? null : page.language(), displayHtml(item, page, feed),
                    page == null ? null : page.leadImage()), origin);
            added += outcome.added();
            updated += outcome.updated();
        }
        Source renamed = new Source(source.id(), source.url(), source.kind(), feed.title() != null ? feed.title()
                : source.title(), feed.siteLink() != null ? feed.siteLink() : source.siteLink(), source.addedAt(),
                source.state());
        return succeeded(renamed, feed, validators, added, updated, skipped);
    }

    /** Fetches through the per-host throttle: at most a few connections and a pause between requests per host. */
    FetchResult fetch(URI url, Validators validators) {
        String host = url.getHost() == null ? "" : url.getHost();
        try (HostThrottle.Permit permit = throttle.acquire(host)) {
            return fetcher.fetch(url, validators);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FetchFailed(url, org.storyline.source.fetch.FailureKind.TIMEOUT, "interrupted", 0, null);
        }
    }

    /**
     * The item's own HTML, sanitised, when it is the full text (not a teaser the page replaced); the stored
     * text stays the source of truth for everything else.
     */
    private String displayHtml(FeedItem item, Extraction page, Feed feed) {
        var body = item.bestBody();
        if (body == null || body.markup() != org.storyline.source.feed.Body.Markup.HTML
                || page != null && page.hasText()) {
            return null;
        }
        return sanitizer.sanitize(body.text(), item.url() != null ? item.url() : feed.feedUrl());
    }

    private Extraction page(URI url) {
        if (fetch(url, Validators.NONE) instanceof Fetched page && page.mediaType().contains("html")) {
            return html.extract(page.text(), page.finalUrl());
        }
        return null; // the item's own text will do
    }

    private PollOutcome succeeded(Source source, Feed feed, Validators validators, int added, int updated,
                                  int skipped) {
        Instant now = clock.instant();
        Source.State old = source.state();
        Duration interval = feed == null ? schedule.afterNothingNew(old.interval())
                : schedule.afterSuccess(old.interval(), sources.recentItemTimes(source.id(), 50), added, now);
        Source.State state = new Source.State(now, now, schedule.next(now, interval, null), interval,
                old.items() + added, added + updated, null, null, 0, validators.etag(), validators.lastModified());
        sources.update(source.id(), source.title(), source.siteLink(), state);
        return new PollOutcome(with(source, state), added, updated, skipped, null);
    }

    private PollOutcome failed(Source source, String message, String kind, Instant retryAt) {
        Instant now = clock.instant();
        Source.State old = source.state();
        int streak = old.errorStreak() + 1;
        Duration wait = schedule.afterError(old.interval(), streak);
        Source.State state = new Source.State(now, old.lastSuccess(), schedule.next(now, wait, retryAt),
                old.interval(), old.items(), old.lastNewItems(), message, kind, streak, old.etag(), old.lastModified());
        sources.update(source.id(), null, null, state);
        return new PollOutcome(with(source, state), 0, 0, 0, message);
    }

    private static Source with(Source s, Source.State state) {
        return new Source(s.id(), s.url(), s.kind(), s.title(), s.siteLink(), s.addedAt(), state);
    }

    /** What an item says: a different hash later means the item changed and is updated in place. */
    private static String contentHash(FeedItem item) {
        String text = String.join("\u0001", String.valueOf(item.title()), String.valueOf(item.url()),
                item.published() == null ? "" : item.published().iso(),
                item.bestBody() == null ? "" : item.bestBody().text());
        return StableHash.sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
