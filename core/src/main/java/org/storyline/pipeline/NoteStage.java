package org.storyline.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storyline.enrich.analysis.ArticleNotes;
import org.storyline.model.Article;
import org.storyline.model.ArticleNote;
import org.storyline.model.StoredArticle;
import org.storyline.store.ArticleStore;

/**
 * Notes the articles a store holds without a note of the current format (stored before notes existed, or before
 * {@link ArticleNotes#FORMAT} changed), a few at a time while a server is idle, so that an upgraded store's pages
 * stop working notes out on each request. New articles are noted by the pipeline's prepare step; this is the
 * catching-up pass, once per process.
 *
 * <p>Resumable and safe beside a writer: an article is done when its note is stored; a note is written only if the
 * article is still the version it was made from and no note of the format appeared meanwhile (a writer that changed
 * the article put the new version's note itself).
 *
 * <pre>{@code
 * NoteStage notes = new NoteStage(store);
 * while (notes.run(50) > 0) { }   // until every article has a current note
 * }</pre>
 */
public final class NoteStage {

    private final ArticleStore store;
    private final ArticleNotes notes = new ArticleNotes();
    /** Ingest position the pass reached. */
    private long after;
    private boolean done;

    public NoteStage(ArticleStore store) {
        this.store = store;
    }

    /** Notes and stores up to {@code limit} waiting articles; returns how many it stored (0 once none wait). */
    public int run(int limit) {
        if (done) {
            return 0;
        }
        List<ArticleStore.Pending> pending = store.withoutNotes(after, limit, ArticleNotes.FORMAT);
        if (pending.isEmpty()) {
            done = true;
            return 0;
        }
        after = pending.get(pending.size() - 1).seq();
        Map<String, Made> made = new LinkedHashMap<>();
        for (ArticleStore.Pending p : pending) {
            store.article(p.articleId()).ifPresent(a -> made.put(a.id(), new Made(a.article(), notes.of(a.article()))));
        }
        return store.transaction(tx -> {
            Map<String, ArticleNote> current = tx.notes(made.keySet(), ArticleNotes.FORMAT);
            int stored = 0;
            for (Map.Entry<String, Made> e : made.entrySet()) {
                Optional<StoredArticle> now = tx.article(e.getKey());
                if (!current.containsKey(e.getKey()) && now.isPresent() && now.get().article().equals(e.getValue().from())) {
                    tx.putNote(e.getKey(), ArticleNotes.FORMAT, e.getValue().note());
                    stored++;
                }
            }
            return stored;
        });
    }

    /** A note and the version of the article it was made from. */
    private record Made(Article from, ArticleNote note) {}
}
