package org.storyline.extract.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.storyline.extract.html.BlockCollector.Block;
import org.storyline.extract.html.BlockCollector.Kind;

/**
 * Extracts the article body from a parsed page: prunes furniture, locates the article's containers,
 * collects their blocks, drops blocks that read as furniture (link lists, the headline repeated, "Advertisement"
 * labels), and falls back to the body the page's scripts or structured data carry when the markup gives much less.
 */
final class BodyExtractor {

    private static final double MAX_LINK_DENSITY = 0.5;
    /** Sentences this long may be up to this share link text and still count as prose. */
    private static final int LINKED_PROSE = 150;
    private static final double MAX_PROSE_LINK_DENSITY = 0.7;
    /** Lines shorter than this, without closing punctuation, are labels when they open or close the text. */
    private static final int EDGE_LABEL = 40;
    /** Below this many characters, the markup is taken to have failed and the whole body is tried. */
    private static final int MIN_LOCATED = 250;
    /** The structured-data body replaces ours when ours is shorter than this share of it. */
    private static final double FALLBACK_SHARE = 0.6;

    /** Paragraphs this long are never repeated word for word by an article, only by copies of it. */
    private static final int COPY = 100;
    /** A template slot: one upper-case name between marks, as a content system's raw markup holds them. */
    private static final Pattern PLACEHOLDER = Pattern.compile("[$%{\\[#]{1,3}[A-Z][A-Z0-9_:-]*[$%}\\]#]{1,3}");

    /** Shorter image texts are labels ("photo", "logo"), not captions. */
    private static final int MIN_CAPTION = 15;
    /** The gentle try wins when it finds this many times the text of the first. */
    private static final double GENTLE_GAIN = 1.5;
    /** Only a first try shorter than this may have failed; a longer one is an article, if a short one. */
    private static final int GENTLE_BELOW = 1000;

    private final BoilerplatePruner pruner = new BoilerplatePruner();
    private final ContentLocator locator = new ContentLocator();
    private final BlockCollector collector = new BlockCollector();

    /**
     * The body text as paragraphs joined by blank lines; empty when none. Prunes {@code document}, whose
     * body's {@code <article>}s are {@code articles}; {@code reparse} gives a fresh copy of the page for a
     * second, gentler try.
     */
    String extract(Document document, List<Element> articles, Supplier<Document> reparse, String structuredBody,
            String title) {
        Element body = document.body();
        List<String> paragraphs = List.of();
        if (body != null) {
            Element own = HeadlineArticle.find(articles, title);
            BoilerplatePruner.Pruned pruned = pruner.prune(body);
            int largestPruned = pruned.largestRemoved();
            Located first = located(body, own, title, pruned.stats());
            if (first.scattered() && TeaserList.is(collector.collect(List.of(reparse.get().body())))) {
                return String.join("\n\n", structured(structuredBody)); // a section front: no article of its own
            }
            paragraphs = first.paragraphs();
            int found = length(paragraphs);
            if (found < GENTLE_BELOW && largestPruned > Math.max(found, MIN_LOCATED)) {
                // furniture-named wrappers held more prose than the article found: try again without names
                Element fresh = reparse.get().body();
                if (fresh != null) {
                    Element freshOwn = HeadlineArticle.find(fresh, title);
                    List<String> gentle = located(fresh, freshOwn, title, pruner.prune(fresh, true).stats())
                            .paragraphs();
                    if (length(gentle) > GENTLE_GAIN * length(paragraphs)) {
                        paragraphs = gentle;
                    }
                }
            }
        }
        if (length(paragraphs) < MIN_LOCATED) {
            Document page = reparse.get();
            List<String> hydrated = hydrated(page, title);
            paragraphs = length(hydrated) > length(paragraphs) ? hydrated : paragraphs;
            if (length(paragraphs) < MIN_LOCATED) {
                List<String> captions = captions(page);
                paragraphs = length(captions) > length(paragraphs) ? captions : paragraphs;
            }
        }
        List<String> structured = structured(structuredBody);
        if (length(paragraphs) < FALLBACK_SHARE * length(structured)) {
            paragraphs = structured;
        }
        return String.join("\n\n", paragraphs);
    }

    /**
     * The article as the page's hydration data carries it ({@link HydrationHtml}), pruned and kept as the
     * markup's own text would be; empty when the scripts hold no article markup. The data is what the
     * renderer fills in, so slots it would replace ("$$ARTICLEAD$$", "{{AD_SLOT}}") are dropped.
     */
    private List<String> hydrated(Document page, String title) {
        String html = HydrationHtml.find(page);
        if (html == null) {
            return List.of();
        }
        Element fragment = Jsoup.parseBodyFragment(html).body();
        pruner.prune(fragment);
        List<String> kept = new ArrayList<>(keep(collector.collect(List.of(fragment)), title));
        kept.removeIf(text -> PLACEHOLDER.matcher(text).matches());
        return kept;
    }

    /**
     * A page of pictures and nothing else (a gallery, a photo story) says what it has to say in its captions,
     * which pruning removes as furniture: when little or no text is left, the figures' captions (or their images'
     * alternative texts) are the article. Images outside figures (logos, icons) do not count.
     */
    private static List<String> captions(Document page) {
        List<String> captions = new ArrayList<>();
        if (page.body() == null) {
            return captions;
        }
        for (Element caption : page.body().select("figcaption, figure img[alt]")) {
            if (caption.nameIs("img") && !caption.closest("figure").select("figcaption").isEmpty()) {
                continue; // a captioned figure speaks through its caption
            }
            String text = TitleCleaner.collapse(caption.nameIs("img") ? caption.attr("alt") : caption.text());
            if (text != null && text.length() >= MIN_CAPTION && !captions.contains(text)) {
                captions.add(text);
            }
        }
        return captions;
    }

    /**
     * The paragraphs found, and whether they were scattered: no container held enough, so the whole body's
     * text was taken (a section front spreads its teasers over many boxes, {@link TeaserList}).
     */
    private record Located(List<String> paragraphs, boolean scattered) {
    }

    /** The article's paragraphs in {@code body}, counted in {@code stats} (as pruning left it). */
    private Located located(Element body, Element own, String title, TextStats stats) {
        List<Element> containers = locator.locate(body, stats);
        if (HeadlineArticle.corrects(own, body, containers, stats)) {
            containers = locator.locate(own, stats);
        }
        List<String> paragraphs = keep(collector.collect(containers), title);
        if (length(paragraphs) < MIN_LOCATED) {
            List<String> whole = keep(collector.collect(List.of(body)), title);
            if (length(whole) > length(paragraphs)) {
                return new Located(whole, true);
            }
        }
        return new Located(paragraphs, false);
    }

    /** The blocks that read as article text; {@code title} (or null) is dropped where repeated as a line. */
    private static List<String> keep(List<Block> blocks, String title) {
        List<Block> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Block block : blocks) {
            if (block.kind() == Kind.HEADLINE || isLinkList(block) || block.text().equalsIgnoreCase(title)) {
                continue;
            }
            if (isProse(block) && !seen.add(block.text())) {
                continue; // a sentence-long paragraph met again is a copy (a print or preview version of the article)
            }
            if (InterfaceLabels.isLabel(block.text()) || BrowserNotices.isNotice(block.text())) {
                continue;
            }
            kept.add(block);
        }
        return trimEdges(kept).stream().map(Block::text).toList();
    }

    /**
     * A paragraph of sentences, long enough that a page never repeats it on purpose; list items and table
     * cells are not, as a plan or a table repeats its entries ("Monday: oats", "Thursday: oats").
     */
    private static boolean isProse(Block block) {
        String text = block.text();
        return block.kind() == Kind.PARAGRAPH && text.length() >= COPY
                && TextStats.endsSentence(text.charAt(text.length() - 1));
    }

    /**
     * True when the block is mostly link text, unless it reads as a sentence: a long paragraph whose one
     * link happens to cover most of its words is still prose, a run of headlines is not.
     */
    private static boolean isLinkList(Block block) {
        double density = block.linkDensity();
        if (density <= MAX_LINK_DENSITY) {
            return false;
        }
        String text = block.text();
        return density > MAX_PROSE_LINK_DENSITY || TextStats.visibleLength(text) < LINKED_PROSE
                || !TextStats.endsSentence(text.charAt(text.length() - 1));
    }

    /**
     * Drops short unpunctuated lines before the first and after the last real paragraph: at the edges of an
     * article they are labels ("Text size", "Advert", "Tell us what you think"), not its text. List items
     * and table cells are left alone, as a short entry is what they normally are.
     */
    private static List<Block> trimEdges(List<Block> blocks) {
        int start = 0;
        int end = blocks.size();
        while (start < end && isEdgeLabel(blocks.get(start))) {
            start++;
        }
        while (end > start && isEdgeLabel(blocks.get(end - 1))) {
            end--;
        }
        List<Block> trimmed = blocks.subList(start, end);
        // a text made mostly of short lines (a list, a poem, a table) is not trimmed at all
        return chars(trimmed) * 2 < chars(blocks) ? blocks : trimmed;
    }

    private static boolean isEdgeLabel(Block block) {
        String text = block.text();
        if (TextStats.visibleLength(text) >= EDGE_LABEL || block.kind() == Kind.LIST_ITEM
                || block.kind() == Kind.CELL) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return last != ':' && !TextStats.endsSentence(last);
    }

    private static int chars(List<Block> blocks) {
        int n = 0;
        for (Block block : blocks) {
            n += block.text().length();
        }
        return n;
    }

    /** The structured-data body split into paragraphs; it may hold markup or only newlines. */
    private List<String> structured(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        if (body.indexOf('<') >= 0 && body.indexOf('>') > 0) {
            Document fragment = Jsoup.parseBodyFragment(body);
            return keep(collector.collect(List.of(fragment.body())), null);
        }
        List<String> paragraphs = new ArrayList<>();
        for (String line : body.split("\\s*\\n\\s*")) {
            String text = TitleCleaner.collapse(line);
            if (text != null) {
                paragraphs.add(text);
            }
        }
        return paragraphs;
    }

    private static int length(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += TextStats.visibleLength(p);
        }
        return n;
    }
}
