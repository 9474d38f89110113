package org.storyline.web;

import java.util.List;
import java.util.Map;
import org.storyline.model.StoredArticle;
import org.storyline.model.Story;
import org.storyline.store.Store;

/** What each page shows: one record per page, built from the store and handed to its template. */
public final class Pages {

    private Pages() {
    }

    /** A story on the home page, with the outlets covering it. */
    public record StoryCard(Story story, List<String> outlets, String lead) {}

    public record Home(List<StoryCard> stories, Store.Counts counts, List<Store.Problem> problems) {}

    /** A story and its articles, newest first, also grouped by outlet. */
    /**
     * One line of a story's history: "Split from", "Split off", "Took in" (a story merged into this one,
     * whose address now redirects here), with the other story's id and title (null when it no longer exists).
     */
    public record HistoryLink(String label, String storyId, String title) {
    }

    public record StoryView(Story story, List<StoredArticle> articles, Map<String, List<StoredArticle>> byOutlet,
                            List<org.storyline.enrich.timeline.TimelineEntry> timeline, List<HistoryLink> history,
                            EntityViews.StoryPeople people, StoryAnalysisView analysis) {

        /** How an entry's date reads. */
        public String when(org.storyline.enrich.timeline.TimelineEntry entry) {
            return StoryTimeline.date(entry);
        }

        /** The article with this id among the story's, or null. */
        public StoredArticle article(String id) {
            return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
        }


        /** The originals: articles that are not a copy of another. */
        public List<StoredArticle> originals() {
            return articles.stream().filter(a -> !a.isCopy()).toList();
        }

        /** The republished copies of an original. */
        public List<StoredArticle> copiesOf(StoredArticle original) {
            return articles.stream().filter(a -> original.id().equals(a.duplicateOf())).toList();
        }

        /** What a copy changed against its original, in one line. */
        public String changesOf(StoredArticle copy) {
            return articles.stream().filter(a -> a.id().equals(copy.duplicateOf())).findFirst()
                    .map(o -> org.storyline.dedup.CopyChanges.compare(o.article().title(), o.article().text(),
                            copy.article().title(), copy.article().text()).summary())
                    .orElse("");
        }
    }

    /** An article with its story, the other copies of it, and related articles. */
    public record ArticleView(StoredArticle article, Story story, List<StoredArticle> copies,
                              List<StoredArticle> related, gg.jte.Content sanitisedHtml,
                              org.storyline.dedup.CopyChanges.Comparison changes, List<EntityViews.Card> entities,
                              ArticleAnalysisView analysis) {

        /** The canonical copy when this article is a republished copy, else null. */
        public StoredArticle canonical() {
            return copies.stream().filter(c -> c.id().equals(article.duplicateOf())).findFirst().orElse(null);
        }
    }

    public record Hashtag(String tag, List<StoredArticle> articles) {}

    public record Outlet(String name, List<StoredArticle> articles) {}

    public record NotFound(String what) {}

    /** A search result: the article and its snippet, escaped, with the matches marked. */
    /** A search result: an original article (or a copy whose original did not match), and how many of its copies matched. */
    public record Result(StoredArticle article, gg.jte.Content snippet, int copies) {}

    /**
     * A search: the query as typed, its results, or why there are none; the request (for its filters) and its
     * parameters as a query string (for the feed links).
     */
    public record SearchView(String query, List<Result> results, String problem, SearchRequest request,
                             String queryString) {}

    /** The followed sources; {@code csrf} is the form token, null when sources cannot be added here. */
    public record SourcesView(List<org.storyline.model.Source> sources, String message, String csrf) {}
}
