package org.storyline.pipeline;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.storyline.model.Source;
import org.storyline.source.feed.Feed;
import org.storyline.source.feed.FeedCandidate;
import org.storyline.source.feed.FeedDiscovery;
import org.storyline.source.feed.FeedFailure;
import org.storyline.source.feed.FeedParser;
import org.storyline.source.feed.ItemIdentity;
import org.storyline.source.feed.Opml;
import org.storyline.source.fetch.FetchFailed;
import org.storyline.source.fetch.FetchResult;
import org.storyline.source.fetch.Fetched;
import org.storyline.source.fetch.NotModified;
import org.storyline.source.fetch.Validators;
import org.storyline.store.SourceRegistry;
import org.storyline.text.StableHash;

/**
 * Adding and removing sources: a feed URL is checked by fetching it; a page URL gets feed autodiscovery (its
 * declared feeds first, then the usual addresses); OPML files import and export the list.
 */
public final class Subscriptions {

    private static final Duration FIRST_INTERVAL = Duration.ofHours(1);

    private final SourceRegistry sources;
    private final FeedPoller poller;
    private final Clock clock;
    private final FeedParser parser = new FeedParser();
    private final FeedDiscovery discovery = new FeedDiscovery();

    public Subscriptions(SourceRegistry sources, FeedPoller poller, Clock clock) {
        this.sources = sources;
        this.poller = poller;
        this.clock = clock;
    }

    /** What adding a URL did: the source polled once, or why nothing was added. */
    public record Added(PollOutcome first, boolean existed, String error) {}

    /** Adds the feed at {@code url}, or the feed a page at {@code url} declares, and polls it once. */
    public Added add(String url) {
        URI uri;
        try {
            uri = new URI(url.trim()).normalize();
        } catch (URISyntaxException e) {
            return new Added(null, false, "not a URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return new Added(null, false, "only http and https addresses can be followed: " + url);
        }
        if (sources.find(uri.toString()).isPresent()) {
            return new Added(null, true, null);
        }
        return switch (poller.fetch(uri, Validators.NONE)) {
            case FetchFailed failed -> new Added(null, false, "cannot fetch " + failed.message());
            case NotModified notModified -> new Added(null, false, "unexpected 304 from " + uri);
            case Fetched fetched -> fromFetched(uri, fetched);
        };
    }

    private Added fromFetched(URI asked, Fetched fetched) {
        if (parser.parse(fetched.body(), fetched.finalUrl()) instanceof Feed feed) {
            return follow(asked, feed, fetched);
        }
        if (!fetched.mediaType().contains("html")) {
            return new Added(null, false, "%s is neither a feed nor a web page (%s)".formatted(asked, fetched.mediaType()));
        }
        List<FeedCandidate> candidates = new ArrayList<>(discovery.discover(fetched.text(), fetched.finalUrl()));
        candidates.sort(Comparator.comparing(FeedCandidate::confidence));
        List<String> tried = new ArrayList<>();
        for (FeedCandidate candidate : candidates) {
            if (sources.find(candidate.url().toString()).isPresent()) {
                return new Added(null, true, null);
            }
            FetchResult result = poller.fetch(candidate.url(), Validators.NONE);
            if (result instanceof Fetched f && parser.parse(f.body(), f.finalUrl()) instanceof Feed feed) {
                return follow(candidate.url(), feed, f);
            }
            // Say why each declared feed was not followed: "refused: a link-local address" is the answer a user needs.
            tried.add(candidate.url() + (result instanceof FetchFailed failed ? " (" + failed.message() + ")"
                    : result instanceof Fetched ? " (not a feed)" : ""));
        }
        return new Added(null, false, "%s is a page without a feed (tried: %s)".formatted(asked,
                tried.isEmpty() ? "none declared" : String.join(", ", tried)));
    }

    private Added follow(URI url, Feed feed, Fetched fetched) {
        Source source = new Source(idOf(url), url, Source.Kind.FEED, feed.title(), feed.siteLink(), clock.instant(),
                Source.State.fresh(clock.instant(), FIRST_INTERVAL));
        if (!sources.add(source)) {
            return new Added(null, true, null);
        }
        return new Added(poller.take(source, feed, fetched.validators()), false, null);
    }

    /** Stops following a source (by id or URL); the articles it brought stay. */
    public boolean remove(String idOrUrl) {
        return sources.find(idOrUrl).map(s -> sources.remove(s.id())).orElse(false);
    }

    /**
     * Imports the feeds of an OPML file without fetching them (they are due at once and the poller fetches
     * them): returns how many were new, or the file's problem.
     */
    public String importOpml(byte[] opml) {
        return switch (new Opml().read(opml)) {
            case FeedFailure failure -> "cannot import: " + failure.message();
            case Opml.Subscriptions list -> {
                int added = 0;
                List<String> skipped = new ArrayList<>(list.skipped());
                for (Opml.Subscription feed : list.feeds()) {
                    String refused = poller.refusal(feed.xmlUrl());
                    if (refused != null) {
                        skipped.add(feed.title() + ": " + refused); // a private or metadata address is never stored
                        continue;
                    }
                    Source source = new Source(idOf(feed.xmlUrl()), feed.xmlUrl(), Source.Kind.FEED, feed.title(),
                            feed.htmlUrl(), clock.instant(), Source.State.fresh(clock.instant(), FIRST_INTERVAL));
                    added += sources.add(source) ? 1 : 0;
                }
                int followed = list.feeds().size() - added - (skipped.size() - list.skipped().size());
                yield "%d feeds imported, %d already followed, %d outlines skipped%s".formatted(added, followed,
                        skipped.size(), skipped.isEmpty() ? "" : " (" + String.join("; ", skipped.subList(0,
                                Math.min(3, skipped.size()))) + (skipped.size() > 3 ? "; ..." : "") + ")");
            }
        };
    }

    /** Every followed feed as an OPML 2.0 document. */
    public String exportOpml() {
        List<Opml.Subscription> feeds = sources.all().stream()
                .map(s -> new Opml.Subscription(s.name(), s.url(), s.siteLink(), List.of())).toList();
        return new Opml().write("Storyline sources", feeds, clock.instant());
    }

    static String idOf(URI url) {
        return StableHash.of("source|" + ItemIdentity.canonicalUrl(url));
    }
}
