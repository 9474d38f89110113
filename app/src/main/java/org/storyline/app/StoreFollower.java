package org.storyline.app;

import java.time.Duration;
import org.storyline.pipeline.Pipeline;
import org.storyline.store.ArticleStore;

/**
 * Inside {@code serve}: follows the store's change feed, so what another process writes (a CLI ingest beside the
 * server) reaches search, the clusterer's memory and the stored story analyses within seconds; when nothing
 * changed, it stores the analyses still missing or stale (after a crash, or a new analysis format). One virtual thread
 * that looks every {@link #EVERY}: a one-row read when nothing changed.
 */
final class StoreFollower {

    static final Duration EVERY = Duration.ofSeconds(2);

    /** Stories whose missing or stale analysis is stored per idle look. */
    private static final int STALE_WHEN_IDLE = 20;

    private final Thread thread;
    private volatile boolean running = true;

    private StoreFollower(ArticleStore store, Pipeline pipeline) {
        this.thread = Thread.ofVirtual().name("storyline-follower").unstarted(() -> loop(store, pipeline));
    }

    static StoreFollower start(ArticleStore store, Pipeline pipeline) {
        StoreFollower follower = new StoreFollower(store, pipeline);
        follower.thread.start();
        return follower;
    }

    void stop() {
        running = false;
        thread.interrupt();
    }

    private void loop(ArticleStore store, Pipeline pipeline) {
        long seen = store.lastChange();
        while (running) {
            try {
                Thread.sleep(EVERY);
                long last = store.lastChange();
                if (last != seen) {
                    pipeline.catchUp();
                    pipeline.flush();
                    seen = last;
                } else {
                    pipeline.refreshStaleAnalyses(STALE_WHEN_IDLE); // a one-row read when every analysis is current
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                System.err.println("storyline: following the store failed, retrying: " + e.getMessage());
            }
        }
    }
}
