package org.storyline.app;

import java.time.Duration;
import org.storyline.pipeline.NoteStage;
import org.storyline.pipeline.PassageStage;
import org.storyline.pipeline.Pipeline;
import org.storyline.store.ArticleStore;

/**
 * Inside {@code serve}: follows the store's change feed, so what another process writes (a CLI ingest beside the
 * server) reaches search, the clusterer's memory and the stored story analyses within seconds; when nothing
 * changed, it stores the analyses still missing or stale (after a crash, or a new analysis format), notes the
 * articles an older store holds without notes, and runs the deferred passage stage a few articles at a time, so that it never competes with ingesting. One platform thread
 * (the model runs in native code, which would hold a virtual thread's carrier)
 * that looks every {@link #EVERY}: a one-row read when nothing changed.
 */
final class StoreFollower {

    static final Duration EVERY = Duration.ofSeconds(2);

    /** Stories whose missing or stale analysis is stored per idle look. */
    private static final int STALE_WHEN_IDLE = 20;

    private final Thread thread;
    private volatile boolean running = true;

    /** Articles whose passages are embedded per idle step: a second or two of one core. */
    static final int PASSAGES_WHEN_IDLE = 8;

    /** Articles of an older store noted per idle step: a few milliseconds each. */
    static final int NOTES_WHEN_IDLE = 50;

    private final PassageStage passages;
    private final NoteStage notes;

    private StoreFollower(ArticleStore store, Pipeline pipeline, PassageStage passages) {
        this.passages = passages;
        this.notes = new NoteStage(store);
        this.thread = Thread.ofPlatform().daemon().name("storyline-follower").unstarted(() -> loop(store, pipeline));
    }

    /** Follows {@code store}; {@code passages} (null: none) is the deferred stage run when nothing else is written. */
    static StoreFollower start(ArticleStore store, Pipeline pipeline, PassageStage passages) {
        StoreFollower follower = new StoreFollower(store, pipeline, passages);
        follower.thread.start();
        return follower;
    }

    void stop() {
        running = false;
        thread.interrupt();
    }

    private void loop(ArticleStore store, Pipeline pipeline) {
        long seen = store.lastChange();
        boolean busy = false;
        while (running) {
            try {
                if (!busy) {
                    Thread.sleep(EVERY);
                }
                busy = false;
                long last = store.lastChange();
                if (last != seen) {
                    pipeline.catchUp();
                    pipeline.flush();
                    seen = last;
                } else {
                    pipeline.refreshStaleAnalyses(STALE_WHEN_IDLE); // a one-row read when every analysis is current
                    // Articles stored before notes (or before their format) get theirs; not on the change feed.
                    busy = notes.run(NOTES_WHEN_IDLE) > 0;
                    // Nothing was written for a whole look: embed a few articles' passages, then look again at
                    // once. Its own writes are on the feed; they are taken as seen so the next look stays idle.
                    if (!busy && passages != null && passages.run(PASSAGES_WHEN_IDLE) > 0) {
                        busy = true;
                        seen = store.lastChange();
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                System.err.println("storyline: following the store failed, retrying: " + e.getMessage());
            }
        }
    }
}
