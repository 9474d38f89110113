package org.storyline.app;

import java.time.Clock;
import java.time.Duration;
import org.storyline.config.StorylineConfig;
import org.storyline.pipeline.FeedPoller;
import org.storyline.pipeline.Pipeline;
import org.storyline.pipeline.PollSchedule;
import org.storyline.pipeline.Subscriptions;
import org.storyline.source.fetch.AddressClass;
import org.storyline.source.fetch.FetchPolicy;
import org.storyline.source.fetch.Fetcher;
import org.storyline.source.fetch.HostThrottle;
import org.storyline.store.Store;

/**
 * The wiring: settings in, the objects a command needs out. The only place that knows which implementation
 * goes where.
 */
record Components(StorylineConfig config, Store store, Pipeline pipeline, Fetcher fetcher, FeedPoller poller,
                  Subscriptions subscriptions) {

    static Components open(StorylineConfig config) {
        Store store = Store.open(config.dataDir());
        Pipeline pipeline = Pipeline.open(store);
        Fetcher fetcher = new Fetcher(policy(config.fetch()));
        Clock clock = Clock.systemUTC();
        FeedPoller poller = new FeedPoller(store.sources(), pipeline, fetcher, HostThrottle.standard(),
                PollSchedule.standard(), clock);
        return new Components(config, store, pipeline, fetcher, poller, new Subscriptions(store.sources(), poller, clock));
    }

    static FetchPolicy policy(StorylineConfig.Fetch fetch) {
        FetchPolicy policy = FetchPolicy.defaults()
                .withDeadline(Duration.ofSeconds(Math.min(10, fetch.timeoutSeconds())), Duration.ofSeconds(fetch.timeoutSeconds()))
                .withLimits(fetch.maxBodyBytes(), 64 * 1024);
        return fetch.allowPrivateAddresses()
                ? policy.allowing(AddressClass.LOOPBACK, AddressClass.PRIVATE, AddressClass.LINK_LOCAL,
                        AddressClass.SHARED_CGNAT, AddressClass.UNIQUE_LOCAL)
                : policy;
    }
}
