package org.storyline.pipeline;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.embed.SentenceEmbedder;
import org.storyline.enrich.LanguageGuesser;
import org.storyline.enrich.analysis.ArticleNotes;
import org.storyline.enrich.entity.ArticleEntities;
import org.storyline.enrich.entity.EntityExtractor;
import org.storyline.enrich.quote.QuoteExtractor;
import org.storyline.extract.dump.DumpParser;
import org.storyline.extract.html.Extraction;
import org.storyline.extract.html.HtmlExtractor;
import org.storyline.model.Article;
import org.storyline.model.ArticleIds;
import org.storyline.model.ArticleNote;
import org.storyline.model.ParsedArticle;
import org.storyline.model.Quote;
import org.storyline.model.RawDocument;

/**
 * The stages that need no store, for one document: extract its articles (a page dump through the dump parser, an
 * HTML page through the HTML extractor), guess each one's language when the page did not declare it, embed it,
 * and read the people, places, organisations and quotes of English articles. Pure: the same document always
 * gives the same result, so workers can run it in parallel and the result does not depend on their number.
 *
 * <p>Each thread gets its own stage objects (not every stage is safe to share); the embedder is shared.
 */
final class Preparation {

    /** The stage objects of one worker thread. */
    private static final class Stages {
        final DumpParser dumps = new DumpParser();
        final HtmlExtractor html = new HtmlExtractor();
        final LanguageGuesser languages = new LanguageGuesser();
        final EntityExtractor entities = new EntityExtractor();
        final QuoteExtractor quotes = new QuoteExtractor();
        final ArticleNotes notes = new ArticleNotes();
    }

    private final ThreadLocal<Stages> stages = ThreadLocal.withInitial(Stages::new);
    private final SentenceEmbedder embedder;
    private final StageTimes times;

    /** @param embedder sentence embeddings for every article, or null to go without */
    Preparation(SentenceEmbedder embedder, StageTimes times) {
        this.embedder = embedder;
        this.times = times;
    }

    /** A document's articles, prepared; an extractor bug becomes a failed document, never an exception. */
    PreparedDocument prepare(RawDocument document, String contentHash) {
        try {
            List<PreparedArticle> prepared = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            long start = System.nanoTime();
            List<Extracted> extracted = extract(document);
            times.add(StageTimes.Stage.EXTRACT, start);
            for (Extracted p : extracted) {
                Article article = toArticle(p.parsed(), ArticleIds.of(p.parsed()), document.origin(), p.language());
                if (seen.add(article.id())) { // a page showing one article twice: the extractor put the fuller first
                    prepared.add(enrich(article, p.parsed().role(), p.leadImage()));
                }
            }
            return new PreparedDocument(document, contentHash, prepared, null);
        } catch (RuntimeException | StackOverflowError e) { // a hostile page must not take the worker down
            return new PreparedDocument(document, contentHash, List.of(), "extract: " + e);
        }
    }

    /** A feed item's article under the id the pipeline chose for it. */
    PreparedArticle prepareItem(FeedEntry entry, String id, String origin) {
        return enrich(toArticle(entry.article(), id, origin, entry.language()), entry.article().role(),
                entry.leadImage());
    }

    /** Embedding, note, entities and quotes of one article (again, for a combined sighting whose text changed). */
    PreparedArticle enrich(Article article, ParsedArticle.Role role, URI leadImage) {
        long start = System.nanoTime();
        float[] vector = embedder == null ? null : embedder.embed(article.title(), article.text());
        times.add(StageTimes.Stage.EMBED, start);
        Stages s = stages.get();
        start = System.nanoTime();
        ArticleNote note = s.notes.of(article);
        times.add(StageTimes.Stage.NOTES, start);
        if (article.language() != null && !article.language().equals("en")) {
            return new PreparedArticle(article, role, vector, List.of(), List.of(), leadImage, note);
        }
        start = System.nanoTime();
        ArticleEntities found = s.entities.extract(article.text());
        List<Quote> said = s.quotes.extract(article.text(), found, article.published(), article.outlet());
        times.add(StageTimes.Stage.ENTITIES, start);
        return new PreparedArticle(article, role, vector, found.entities(), said, leadImage, note);
    }

    /** A parsed article, the language its page declared and the lead image it named (null for page dumps). */
    private record Extracted(ParsedArticle parsed, String language, URI leadImage) {}

    private List<Extracted> extract(RawDocument document) {
        Stages s = stages.get();
        if (document.format() == RawDocument.Format.HTML) {
            URI url = document.origin().startsWith("http") ? URI.create(document.origin()) : null;
            // The capture time anchors relative dates the page shows ("3 hours ago").
            Extraction extraction = s.html.extract(document.content(), url, document.capturedAt());
            return s.html.toArticle(extraction, url)
                    .map(p -> List.of(new Extracted(p, extraction.language(), extraction.leadImage())))
                    .orElse(List.of());
        }
        return s.dumps.parse(document).stream().map(p -> new Extracted(p, null, null)).toList();
    }

    private Article toArticle(ParsedArticle p, String id, String origin, String declared) {
        String language = normalise(declared);
        if (language == null) {
            language = stages.get().languages.guess(java.util.Objects.toString(p.title(), "") + "\n" + p.text());
        }
        return new Article(id, p.title(), p.outlet(), p.url(), p.published(), p.section(), p.author(), language,
                p.hashtags(), p.text(), origin);
    }

    /** "en-GB", "en_US" → "en"; null or junk → null. */
    private static String normalise(String language) {
        if (language == null) {
            return null;
        }
        String code = language.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return code.matches("[a-z]{2,3}") ? code : null;
    }
}
