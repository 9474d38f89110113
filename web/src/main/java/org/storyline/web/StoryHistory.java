package org.storyline.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storyline.model.StoredArticle;
import org.storyline.model.Story;
import org.storyline.store.ArticleStore;

/**
 * A story's history as its page shows it: the stories it split from or that split off it (each a link to that
 * story), and the stories it took in. A story taken in has no page of its own any more (its address redirects
 * here), so its line names it as it was before the merge, with its dates and the articles it brought, which now
 * live on this page; nothing links back to the redirect.
 */
public final class StoryHistory {

    private final ArticleStore store;

    StoryHistory(ArticleStore store) {
        this.store = store;
    }

    /**
     * One line of the history.
     *
     * @param label    "Split from", "Split off", "Took in"
     * @param title    the other story's title, or "an earlier story" when nothing of it is known
     * @param href     where the title leads (the other story, or the founding article of a story taken in before
     *                 the store kept merged stories), or null for a story taken in shown with its articles
     * @param detail   its dates and size ("1–3 July 2025 · 3 articles"), or ""
     * @param articles a story taken in: the original articles it brought, newest first; else empty
     * @param copies   a story taken in: how many republished copies came with them
     */
    public record Line(String label, String title, String href, String detail, List<StoredArticle> articles, int copies) {

        public Line {
            articles = List.copyOf(articles);
        }
    }

    /** The history of {@code storyId}, whose articles are {@code articles}, oldest change first. */
    List<Line> of(String storyId, List<StoredArticle> articles) {
        return store.lineage(storyId).stream().map(e -> switch (e.getKey()) {
            case "split_from" -> split("Split from", e.getValue(), storyId);
            case "split_off" -> split("Split off", e.getValue(), storyId);
            default -> Optional.of(tookIn(e.getValue(), articles));
        }).flatMap(Optional::stream).toList();
    }

    /**
     * A split, leading to where the other story is now: itself, or the story it was merged into since. A part that
     * split off and was later taken back in needs no line of its own (its "Took in" line says what came back), and
     * a story that is gone without a trace is named without a link.
     */
    private Optional<Line> split(String label, String otherId, String storyId) {
        String now = store.story(otherId).isPresent() ? otherId : store.storyRedirect(otherId).orElse(null);
        if (storyId.equals(now)) {
            return Optional.empty();
        }
        Optional<Story> other = now == null ? Optional.empty() : store.story(now);
        return Optional.of(other.map(o -> new Line(label, o.title(), "/story/" + Show.path(o.id()),
                        Show.span(o.firstPublished(), o.lastPublished()), List.of(), 0))
                .orElse(new Line(label, "another story", null, "", List.of(), 0)));
    }

    private Line tookIn(String goneId, List<StoredArticle> articles) {
        var taken = store.takenIn(goneId);
        if (taken.isPresent()) {
            Map<String, StoredArticle> here = new java.util.HashMap<>();
            articles.forEach(a -> here.put(a.id(), a));
            // An article the merged story brought may have moved on since (a later split): read it where it is.
            List<StoredArticle> brought = taken.get().articleIds().stream()
                    .map(id -> Optional.ofNullable(here.get(id)).or(() -> store.article(id))).flatMap(Optional::stream)
                    .toList();
            List<StoredArticle> originals = brought.stream().filter(a -> !a.isCopy())
                    .sorted(java.util.Comparator.comparing((StoredArticle a) -> a.article().published() == null ? null
                            : a.article().published().instant(), java.util.Comparator.nullsLast(
                                    java.util.Comparator.<java.time.Instant>reverseOrder()))).toList();
            Story then = taken.get().story();
            String dates = Show.span(then.firstPublished(), then.lastPublished());
            String size = Show.plural(originals.size(), "article", "articles");
            return new Line("Took in", then.title(), null, dates.isEmpty() ? size : dates + " · " + size, originals,
                    brought.size() - originals.size());
        }
        // Merged before the store kept merged stories: the article that founded it (its id is the story's) is ours.
        return articles.stream().filter(a -> org.storyline.cluster.StoryClusterer.storyIdFor(a.id()).equals(goneId))
                .findFirst().map(f -> new Line("Took in", f.article().title(), "/article/" + f.id(),
                        Show.source(f.article()) + Show.dated(f.article().published()) + ", the story it began", List.of(), 0))
                .orElse(new Line("Took in", "an earlier story", null, "", List.of(), 0));
    }
}
