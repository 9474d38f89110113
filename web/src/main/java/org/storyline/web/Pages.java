package org.storyline.web;

import java.util.List;
import java.util.Map;
import org.storyline.model.StoredArticle;
import org.storyline.model.Story;
import org.storyline.store.ArticleStore;

/** What each page shows: one record per page, built from the store and handed to its template. */
public final class Pages {

    private Pages() {
    }

    /** A story on the home page: its size with copies counted once, the outlets covering it, its lead. */
    public record StoryCard(Story story, ArticleStore.StoryCount count, List<String> outlets, String lead, String leadId) {}

    /** The home page; {@code thumbnails} are this server's thumbnail addresses by article id (empty when off). */
    public record Home(List<StoryCard> stories, ArticleStore.Counts counts, List<ArticleStore.Problem> problems,
                       Map<String, String> thumbnails) {

        /** The thumbnail of a card's lead article, or null. */
        public String thumbnail(StoryCard card) {
            return card.leadId() == null ? null : thumbnails.get(card.leadId());
        }
    }

    /** An article with its story, the other copies of it, and related articles. */
    public record ArticleView(StoredArticle article, Story story, List<StoredArticle> copies,
                              List<StoredArticle> related, gg.jte.Content sanitisedHtml,
                              org.storyline.dedup.CopyChanges.Comparison changes, List<EntityViews.Card> entities,
                              ArticleAnalysisView analysis, org.storyline.enrich.opinion.Genre genre) {

        /** The canonical copy when this article is a republished copy, else null. */
        public StoredArticle canonical() {
            return copies.stream().filter(c -> c.id().equals(article.duplicateOf())).findFirst().orElse(null);
        }
    }

    /** A hashtag's articles; {@code generated} when no page gave it and it names stories the analysis tagged. */
    public record Hashtag(String tag, List<StoredArticle> articles, boolean generated) {}

    /** An outlet: its registry label ("" when unknown), the stories it covered, its articles newest first. */
    public record Outlet(String name, String label, List<Story> stories, List<StoredArticle> articles) {

        /** Articles it published itself: its republished copies are counted apart. */
        public long originals() {
            return articles.stream().filter(a -> !a.isCopy()).count();
        }
    }

    public record NotFound(String what) {}

    /** A search result: the article and its snippet, escaped, with the matches marked. */
    /** A search result: an original article (or a copy whose original did not match), and how many of its copies matched. */
    public record Result(StoredArticle article, gg.jte.Content snippet, int copies) {}

    /**
     * A search: the query as typed, its results, or why there are none; the request (for its filters) and its
     * parameters as a query string (for the feed links).
     */
    public record SearchView(String query, List<Result> results, String problem, SearchRequest request,
                             String queryString, boolean mostWords, long matched, boolean more) {

        /**
         * "9 articles", or "the first 50 of 230 articles" when more results follow than the page shows (copies
         * counted once by an index that folds them; the page itself always folds them).
         */
        public String count() {
            return more && matched > results.size()
                    ? "the first " + results.size() + " of " + Show.plural((int) Math.min(Integer.MAX_VALUE, matched), "article", "articles")
                    : Show.plural(results.size(), "article", "articles");
        }
    }

    /** The followed sources; {@code csrf} is the form token, null when sources cannot be added here. */
    public record SourcesView(List<org.storyline.model.Source> sources, String message, String csrf) {}
}
