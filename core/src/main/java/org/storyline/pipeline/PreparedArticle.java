package org.storyline.pipeline;

import java.util.List;
import org.storyline.model.Article;
import org.storyline.model.ArticleNote;
import org.storyline.model.Entity;
import org.storyline.model.ParsedArticle;
import org.storyline.model.Quote;

/**
 * One article with everything the stages that need no store found in it: its sentence embedding, the people,
 * organisations and places it names, and who said what. Computed by a worker, outside any transaction; what the
 * store does with it is decided later, in input order ({@link StoryPlacer}).
 *
 * @param article  the article as extracted (id, language, fields)
 * @param role     its place on the page it came from
 * @param vector   unit sentence embedding, or null without an embedder
 * @param entities what the entity stage found (empty for languages it does not read)
 * @param quotes   what the quote stage found
 * @param leadImage the image its page names as its own (og:image, JSON-LD image), or null
 * @param note     its genre and summary ({@link org.storyline.enrich.analysis.ArticleNotes})
 */
record PreparedArticle(Article article, ParsedArticle.Role role, float[] vector, List<Entity> entities,
                       List<Quote> quotes, java.net.URI leadImage, ArticleNote note) {

    PreparedArticle {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
    }

    /**
     * The same findings for another version of the article (a combined sighting with the same text); its note keeps
     * the summary, which the text decides, and is made again by the writer when the version's metadata changes.
     */
    PreparedArticle with(Article other) {
        return new PreparedArticle(other, role, vector, entities, quotes, leadImage, note);
    }
}
