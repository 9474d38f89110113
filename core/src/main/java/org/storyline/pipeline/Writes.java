package org.storyline.pipeline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.embed.SentenceEmbedder;
import org.storyline.enrich.analysis.ArticleNotes;
import org.storyline.enrich.opinion.Genre;
import org.storyline.model.Article;
import org.storyline.model.ArticleNote;
import org.storyline.model.StoredArticle;
import org.storyline.store.StoreTransaction;

/**
 * The apply step: turns each article's {@link Placement} into the writes of the open transaction, and finishes
 * the stories a transaction touched (their rows, and their surnames resolved to full names). Decides nothing
 * itself: the decisions come from {@link StoryPlacer}.
 */
final class Writes {

    private final StoryPlacer placer;
    private final EntityRecorder people;
    private static final int NAMING_CANDIDATES = 5;
    private final ArticleNotes notes = new ArticleNotes();
    /** Stories written since the pipeline last refreshed their analyses. */
    private final Set<String> touched = new LinkedHashSet<>();

    Writes(StoryPlacer placer, EntityRecorder people) {
        this.placer = placer;
        this.people = people;
    }

    /** Decides and writes one prepared document; collects its placements in {@code applied}. */
    DocumentOutcome document(StoreTransaction tx, PreparedDocument d, List<Placement> applied) {
        if (d.failure() != null) {
            return recordProblem(tx, DocumentOutcome.failed(d.origin(), d.failure()));
        }
        if (tx.hasDocument(d.contentHash())) {
            return new DocumentOutcome(d.origin(), DocumentOutcome.Status.UNCHANGED, 0, 0, 0, null);
        }
        if (d.articles().isEmpty()) {
            return recordProblem(tx, DocumentOutcome.skipped(d.origin(), "no recognisable article in this page"));
        }
        int added = 0;
        int updated = 0;
        int grouped = 0;
        Set<String> stories = new LinkedHashSet<>();
        for (int i = 0; i < d.articles().size(); i++) {
            PreparedArticle prepared = d.articles().get(i);
            Placement placement = place(tx, prepared, false, stories);
            applied.add(placement);
            added += placement instanceof Placement.Copy || placement instanceof Placement.Placed ? 1 : 0;
            grouped += placement instanceof Placement.Copy ? 1 : 0;
            updated += placement instanceof Placement.Update ? 1 : 0;
            tx.linkDocument(d.contentHash(), prepared.article().id(), prepared.role(), i);
        }
        finishStories(tx, stories);
        tx.addDocument(d.contentHash(), d.origin(), d.document().capturedAt(), d.document().capturedAtApprox(),
                d.articles().size());
        tx.clearProblems(d.origin());
        return new DocumentOutcome(d.origin(), DocumentOutcome.Status.INGESTED, added, updated, grouped, null);
    }

    /** Decides for one article and writes the decision; the stories it touched are added to {@code stories}. */
    Placement place(StoreTransaction tx, PreparedArticle prepared, boolean replace, Set<String> stories) {
        Placement placement = placer.place(prepared, replace, tx::article);
        Article article = placement.article();
        switch (placement) {
            case Placement.Unchanged unchanged -> { }
            case Placement.Update update -> {
                tx.update(article);
                // The combined version has the incoming text (its findings are in hand) or the stored one (whose
                // findings are stored already). Its metadata (section, byline, headline) may differ from both: its
                // genre is read again, rarely (an update is a fuller copy of something stored); the summary is the
                // incoming one for the incoming text, else made again (the store dropped the note with the update).
                if (article.text().equals(prepared.article().text())) {
                    people.store(tx, article.id(), prepared);
                    tx.putNote(article.id(), ArticleNotes.FORMAT, notes.withGenreOf(article, prepared.note()));
                } else {
                    tx.putNote(article.id(), ArticleNotes.FORMAT, notes.of(article));
                }
            }
            case Placement.Copy copy -> {
                tx.insert(new StoredArticle(article, copy.leads() ? null : copy.canonicalId(), copy.storyId()));
                if (copy.leads()) {
                    tx.repointCopies(copy.canonicalId(), article.id());
                    // The group's original now: search, related articles and a re-index read its embedding. (The
                    // story model replays the member placed first, whose embedding it was decided on.)
                    if (prepared.vector() != null) {
                        tx.putVector(article.id(), SentenceEmbedder.toBytes(prepared.vector()));
                    }
                }
                people.store(tx, article.id(), prepared);
                tx.putNote(article.id(), ArticleNotes.FORMAT, prepared.note());
            }
            case Placement.Placed placed -> {
                tx.insert(new StoredArticle(article, null, placed.storyId()));
                placed.merges().forEach(tx::mergeStory);
                if (prepared.vector() != null) {
                    tx.putVector(article.id(), SentenceEmbedder.toBytes(prepared.vector()));
                }
                people.store(tx, article.id(), prepared);
                tx.putNote(article.id(), ArticleNotes.FORMAT, prepared.note());
                placer.splitIfDrifted(placed.storyId(), tx::originalsOfStory,
                                id -> tx.vector(id).map(SentenceEmbedder::fromBytes).orElse(null))
                        .ifPresent(split -> {
                            tx.splitStory(split.from(), split.to(), split.moved());
                            stories.add(split.from());
                            stories.add(split.to());
                        });
            }
        }
        if (prepared.leadImage() != null && !(placement instanceof Placement.Unchanged)) {
            tx.putLeadImage(article.id(), prepared.leadImage());
        }
        stories.add(placement.storyId());
        return placement;
    }

    /** Each touched story's row from its articles, and its people's surnames resolved across its articles. */
    void finishStories(StoreTransaction tx, Set<String> stories) {
        touched.addAll(stories);
        stories.forEach(tx::refreshStory);
        stories.forEach(s -> name(tx, s));
        stories.forEach(s -> people.resolve(tx, s));
    }

    /**
     * A story is named by its founding report: the earliest of its first {@value #NAMING_CANDIDATES} originals that
     * reads as news (not analysis or opinion, which usually follow the news), else the earliest. Stable: a later
     * article never renames it.
     */
    private void name(StoreTransaction tx, String storyId) {
        List<StoredArticle> earliest = tx.earliestOriginals(storyId, NAMING_CANDIDATES);
        Map<String, ArticleNote> noted = tx.notes(earliest.stream().map(StoredArticle::id).toList(), ArticleNotes.FORMAT);
        earliest.stream().filter(a -> notes.genreOf(a.article(), noted).kind() == Genre.Kind.NEWS)
                .findFirst()
                .or(() -> earliest.stream().findFirst())
                .ifPresent(a -> tx.nameStory(storyId, a.article().title()));
    }

    /** The stories written since the last call (after commits: a rolled-back story is analysed needlessly, once). */
    List<String> takeTouched() {
        List<String> out = List.copyOf(touched);
        touched.clear();
        return out;
    }

    static DocumentOutcome outcome(String origin, Placement placement) {
        return switch (placement) {
            case Placement.Placed p -> new DocumentOutcome(origin, DocumentOutcome.Status.INGESTED, 1, 0, 0, null);
            case Placement.Copy c -> new DocumentOutcome(origin, DocumentOutcome.Status.INGESTED, 1, 0, 1, null);
            case Placement.Update u -> new DocumentOutcome(origin, DocumentOutcome.Status.INGESTED, 0, 1, 0, null);
            case Placement.Unchanged u -> new DocumentOutcome(origin, DocumentOutcome.Status.UNCHANGED, 0, 0, 0, null);
        };
    }

    static DocumentOutcome recordProblem(StoreTransaction tx, DocumentOutcome outcome) {
        tx.recordProblem(outcome.origin(), outcome.reason());
        return outcome;
    }
}
