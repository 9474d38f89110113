package org.storyline.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.storyline.config.StorylineConfig;
import org.storyline.embed.PassageEmbedder;
import org.storyline.pipeline.FeedPoller;
import org.storyline.pipeline.PassageStage;
import org.storyline.pipeline.Pipeline;
import org.storyline.pipeline.PollSchedule;
import org.storyline.pipeline.Subscriptions;
import org.storyline.source.fetch.AddressClass;
import org.storyline.source.fetch.FetchPolicy;
import org.storyline.source.fetch.Fetcher;
import org.storyline.source.fetch.HostThrottle;
import org.storyline.embed.SentenceEmbedder;
import org.storyline.index.ArticleIndex;
import org.storyline.index.LuceneArticleIndex;
import org.storyline.store.ArticleStore;

/**
 * The wiring: settings in, the objects a command needs out. The only place that knows which implementation
 * goes where. {@code passages} is the deferred passage stage, null when embeddings are off or the index does
 * not search passages.
 */
record Components(StorylineConfig config, ArticleStore store, ArticleIndex index, Pipeline pipeline, Fetcher fetcher,
                  FeedPoller poller, Subscriptions subscriptions, PassageStage passages) implements AutoCloseable {

    /** Everything, the search index included (commands that add articles or search). */
    static Components open(StorylineConfig config) {
        return open(config, true);
    }

    /** Everything; without the index when {@code withIndex} is false (commands that only read sources). */
    static Components open(StorylineConfig config, boolean withIndex) {
        return open(config, withIndex ? IndexUse.WRITE : IndexUse.NONE);
    }

    /** For {@code serve}: when another process writes the index, this one searches it read-only. */
    static Components forServing(StorylineConfig config) {
        return open(config, IndexUse.SEARCH_WHEN_HELD);
    }

    /** What a command does with the search index. */
    enum IndexUse { NONE, WRITE, SEARCH_WHEN_HELD }

    private static Components open(StorylineConfig config, IndexUse use) {
        ArticleStore store = Backends.store(config);
        ArticleIndex index = null;
        ArticleIndex writable = null;
        if (use != IndexUse.NONE) {
            if (!Backends.embeddedIndex(config)) {
                writable = Backends.sharedIndex(config).orElseThrow(); // a server every process writes
                index = writable;
            } else {
                Path at = Backends.luceneDirectory(config);
                writable = LuceneArticleIndex.tryOpen(at).orElse(null);
                index = writable;
                if (use == IndexUse.SEARCH_WHEN_HELD && writable == null) {
                    index = LuceneArticleIndex.openReadOnly(at).orElse(null);
                    System.err.println("storyline: another Storyline process writes the search index of this data"
                            + " folder; this serve searches it read-only and sees what that process indexes within"
                            + " seconds");
                } else if (writable == null) {
                    System.err.println("storyline: the search index is held by another Storyline process on this data"
                            + " folder, so this one runs without it: a running serve takes in what this process stores"
                            + " within seconds");
                }
            }
        }
        SentenceEmbedder embedder = config.embeddings() ? new SentenceEmbedder() : null;
        Pipeline pipeline = Pipeline.open(store, writable, embedder);
        // Passage embeddings only for an index that searches them (the OpenSearch one does not): else wasted work.
        PassageStage passages = embedder != null && writable != null && writable.searchesPassages()
                ? new PassageStage(store, pipeline, new PassageEmbedder(embedder)) : null;
        Fetcher fetcher = new Fetcher(policy(config.fetch()));
        Clock clock = Clock.systemUTC();
        FeedPoller poller = new FeedPoller(store.sources(), pipeline, fetcher, HostThrottle.standard(),
                PollSchedule.standard(), clock);
        return new Components(config, store, index, pipeline, fetcher, poller,
                new Subscriptions(store.sources(), poller, clock), passages);
    }

    /** Makes the search index durable and releases it for other processes. */
    @Override
    public void close() {
        pipeline.flush();
        if (index != null) {
            index.close();
        }
        store.close();
    }

    static FetchPolicy policy(StorylineConfig.Fetch fetch) {
        FetchPolicy policy = FetchPolicy.defaults()
                .withDeadline(Duration.ofSeconds(Math.min(10, fetch.timeoutSeconds())), Duration.ofSeconds(fetch.timeoutSeconds()))
                .withLimits(fetch.maxBodyBytes(), 64 * 1024);
        return fetch.allowPrivateAddresses()
                ? policy.allowing(AddressClass.LOOPBACK, AddressClass.PRIVATE, AddressClass.SHARED_CGNAT,
                        AddressClass.UNIQUE_LOCAL) // never link-local: cloud metadata lives there
                : policy;
    }
}
