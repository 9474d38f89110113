package org.storyline.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.storyline.embed.PassageEmbedder;
import org.storyline.model.Passage;
import org.storyline.model.StoredArticle;
import org.storyline.store.ArticleStore;

/**
 * The deferred stage: embeds the passages of stored originals, so that semantic search matches a query against
 * the whole text and not only the headline and lead. Not part of ingesting (a passage costs one model call, an
 * article several; ingesting makes one in all): a server runs it in small steps while nothing else is written
 * ({@link #run}).
 *
 * <p>Resumable: an article is done when the store holds its passages (a row, also for none), written in the same
 * transaction as a change-feed entry that makes the search index put it again after a crash. A process killed
 * mid-way loses at most the article it was embedding. The work list is first every original without passages in
 * ingest order (once per process start), then the change feed: new originals, new texts (whose passages the store
 * dropped) and copies that took the lead of their group.
 *
 * <pre>{@code
 * PassageStage stage = new PassageStage(store, pipeline, new PassageEmbedder(embedder));
 * while (stage.run(8) > 0) { }   // until every original has its passages
 * }</pre>
 */
public final class PassageStage {

    private final ArticleStore store;
    private final Pipeline pipeline;
    private final PassageEmbedder embedder;
    /** Ingest position the first pass reached. */
    private long after;
    /** Change-feed position from which the stage follows the feed once the first pass is over; -1 during it. */
    private long followed = -1;
    private final long startedAt;

    public PassageStage(ArticleStore store, Pipeline pipeline, PassageEmbedder embedder) {
        this.store = store;
        this.pipeline = pipeline;
        this.embedder = embedder;
        this.startedAt = store.lastChange(); // what the first pass may miss is on the feed after this
    }

    /** Embeds and stores the passages of up to {@code limit} waiting articles; returns how many it stored. */
    public int run(int limit) {
        List<String> work = followed < 0 ? firstPass(limit) : fromFeed(limit);
        int done = 0;
        for (String id : work) {
            Optional<StoredArticle> article = store.article(id);
            if (article.isEmpty() || article.get().isCopy()) {
                continue;
            }
            String text = article.get().article().text();
            List<Passage> passages = embedder.embed(text);
            done += pipeline.storePassages(id, text, passages) ? 1 : 0;
        }
        if (done > 0) {
            pipeline.flush(); // the index commits what was put
        }
        return done;
    }

    private List<String> firstPass(int limit) {
        List<ArticleStore.Pending> pending = store.withoutPassages(after, limit);
        if (pending.isEmpty()) {
            followed = startedAt;
            return fromFeed(limit);
        }
        after = pending.get(pending.size() - 1).seq();
        return pending.stream().map(ArticleStore.Pending::articleId).toList();
    }

    /** Articles the feed names after {@link #followed} that still have no passages, reading at most a window of it. */
    private List<String> fromFeed(int limit) {
        long last = store.lastChange();
        List<String> out = new ArrayList<>();
        while (followed < last && out.size() < limit) {
            long through = Math.min(last, followed + 64L * limit);
            Set<String> named = new LinkedHashSet<>();
            for (ArticleStore.Change c : store.changesAfter(followed, through)) {
                if (!c.kind().equals("story") && !c.kind().equals("passages")) {
                    named.add(c.subject());
                }
            }
            followed = through;
            Set<String> done = store.passages(named).keySet();
            named.stream().filter(id -> !done.contains(id)).forEach(out::add);
        }
        return out;
    }
}
