package org.storyline.extract.html;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.storyline.model.ParsedArticle;

/**
 * Extracts one article from one HTML page: its metadata and its main text.
 *
 * <pre>{@code
 * HtmlExtractor extractor = new HtmlExtractor();
 * Extraction e = extractor.extract(html, URI.create("https://example.org/news/1"));
 * Optional<ParsedArticle> article = extractor.toArticle(e);
 * }</pre>
 *
 * <p>Never throws on bad markup: a page without an article gives an {@link Extraction} with empty text. An
 * instance holds no per-page state and may be shared between threads.
 */
public final class HtmlExtractor {

    /** No headline is this long: a longer {@code <title>} was never closed and swallowed the page. */
    private static final int RUNAWAY_TITLE = 1000;

    private final MetadataReader metadata = new MetadataReader();
    private final BodyExtractor bodies = new BodyExtractor();

    /**
     * Extracts the article of {@code html}.
     *
     * @param html    the page's markup
     * @param baseUrl the page's address, to resolve relative links against; may be null
     */
    public Extraction extract(String html, URI baseUrl) {
        return extract(html, baseUrl, null);
    }

    /**
     * Extracts the article of {@code html} captured at {@code capturedAt}, against which dates the page shows
     * only relatively ("vor 3 Stunden", "3 часа назад") are counted back.
     *
     * @param html       the page's markup
     * @param baseUrl    the page's address, to resolve relative links against; may be null
     * @param capturedAt when the page was fetched or saved; null when unknown (relative dates are then ignored)
     */
    public Extraction extract(String html, URI baseUrl, Instant capturedAt) {
        String markup = html == null ? "" : html;
        if (markup.startsWith("\uFEFF")) {
            markup = markup.substring(1); // a byte-order mark before <html> would push the <head> into the body
        }
        String base = baseUrl == null ? "" : baseUrl.toString();
        Document document = parse(markup, base);
        if (document.title().length() > RUNAWAY_TITLE) {
            markup = UnclosedTitle.close(markup);
            document = parse(markup, base);
        }
        PageParts parts = PageParts.of(document);
        PageMetadata meta = metadata.read(document, parts, markup, baseUrl, capturedAt);
        String page = markup;
        String standfirst = Standfirst.find(parts.bodyElements(), meta.summaries()); // before pruning moves it
        String text = Standfirst.open(bodies.extract(document, parts.articles(), () -> parse(page, base), meta.body(),
                meta.title()), standfirst);
        return new Extraction(meta.title(), meta.byline(), meta.published(), meta.language(), meta.canonical(),
                meta.outlet(), meta.leadImage(), meta.section(), text);
    }

    /**
     * The parsed page with what scripts or the browser would have put in place: streamed React parts and
     * {@code srcdoc} frames. Plain searches of the markup decide whether to look, as most pages have neither.
     */
    private static Document parse(String markup, String base) {
        Document document = Jsoup.parse(markup, base);
        Element body = document.body();
        if (body != null && markup.contains("<template") && markup.contains("id=\"S:")) {
            StreamedParts.place(body);
        }
        if (body != null && markup.contains("srcdoc")) {
            InlineFrames.open(body);
        }
        return document;
    }

    /**
     * The extraction as the pipeline's main article of the page, or empty when the page gave no text. A page
     * without a headline is still an article: its title is derived from the opening words ({@link #firstLine}).
     * The canonical address is used when present, else {@code pageUrl}.
     */
    public Optional<ParsedArticle> toArticle(Extraction extraction, URI pageUrl) {
        if (!extraction.hasText()) {
            return Optional.empty();
        }
        String title = extraction.title() != null ? extraction.title() : firstLine(extraction.text());
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        URI url = extraction.canonical() != null ? extraction.canonical() : pageUrl;
        return Optional.of(new ParsedArticle(title, extraction.outlet(), url, extraction.published(),
                extraction.section(), extraction.byline(), List.of(), extraction.text(), ParsedArticle.Role.MAIN));
    }

    /**
     * A stand-in headline for a titleless page: the first paragraph when it is short enough to be one, else its
     * first sentence, cut after {@value #DERIVED_WORDS} words with an ellipsis.
     */
    static String firstLine(String text) {
        String first = text.strip().split("\n\n", 2)[0].strip();
        if (first.length() <= 150) {
            return first;
        }
        String sentence = first.split("(?<=[.!?])\\s+", 2)[0];
        String[] words = sentence.split("\\s+");
        return words.length <= DERIVED_WORDS ? sentence
                : String.join(" ", java.util.Arrays.copyOf(words, DERIVED_WORDS)) + "…";
    }

    private static final int DERIVED_WORDS = 12;
}
