package org.storyline.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.storyline.enrich.opinion.Genre;
import org.storyline.model.StoredArticle;

/**
 * A story's coverage as its first screen shows it: every original article once, grouped as news, analysis and
 * opinion, and wire stories, newest first in each group, with its republished copies nested under it and what
 * each copy changed. Built from the story's articles; copies never count as articles of their own.
 *
 * <pre>{@code
 * StoryCoverage c = StoryCoverage.of(store.articlesOfStory(id), label, genreOf, thumbnails);
 * c.groups();     // [Group[title=News, rows=...], Group[title=Analysis and opinion, ...], ...]
 * c.originals();  // 9: what a reader reads; c.copies() == 1
 * }</pre>
 *
 * @param groups    the non-empty groups in reading order
 * @param originals articles that are not a copy
 * @param copies    republished copies, nested under their originals
 */
public record StoryCoverage(List<Group> groups, int originals, int copies) {

    /** A dateline crediting a wire: "BAKU, Azerbaijan (AP) —", "MOSCOW (Reuters) -". */
    static final Pattern WIRE_DATELINE = Pattern.compile(
            "^\\s*\\p{Lu}[\\p{Lu}\\p{M} .'-]{1,40}(?:,\\s*[\\p{L} .'-]{2,40})?\\s*\\((\\p{Lu}[\\p{L}-]{1,11})\\)\\s*[—–-]+\\s*");

    /** One group of the coverage list. */
    public record Group(String id, String title, List<Row> rows) {}

    /**
     * One original article: its outlet as shown (never its headline), the registry label of the outlet, its genre,
     * the wire it credits (or null) and its copies.
     */
    public record Row(StoredArticle article, String outlet, String label, Genre genre, String wire, List<Copy> copies,
                      String thumbnail) {

        /** The publisher's address, or null when the article has none (or one that is not http). */
        public String publisherUrl() {
            java.net.URI url = Links.publisherLink(article.article().url());
            return url == null ? null : url.toString();
        }
    }

    /** A republished copy: its outlet and what it changed against the original, in one line. */
    public record Copy(StoredArticle article, String outlet, String changes) {}

    /**
     * @param articles   the story's articles, copies included, in any order
     * @param label      the registry label of an outlet name ("Russia · state-controlled"), "" when unknown
     * @param genreOf    an article's genre (the pipeline notes it at ingest)
     * @param thumbnails this server's thumbnail address of an article's lead image, by article id
     */
    public static StoryCoverage of(List<StoredArticle> articles, Function<String, String> label,
                                   Function<StoredArticle, Genre> genreOf, Map<String, String> thumbnails) {
        Map<String, List<StoredArticle>> copiesOf = articles.stream().filter(StoredArticle::isCopy)
                .collect(Collectors.groupingBy(StoredArticle::duplicateOf));
        List<StoredArticle> originals = articles.stream()
                .filter(a -> !a.isCopy() || articles.stream().noneMatch(o -> o.id().equals(a.duplicateOf())))
                .sorted(NEWEST_FIRST).toList();
        List<Row> news = new ArrayList<>();
        List<Row> views = new ArrayList<>();
        List<Row> wire = new ArrayList<>();
        for (StoredArticle a : originals) {
            List<Copy> copies = copiesOf.getOrDefault(a.id(), List.of()).stream().sorted(NEWEST_FIRST)
                    .map(c -> new Copy(c, Show.source(c.article()), changes(a, c))).toList();
            String outlet = Show.source(a.article());
            Row row = new Row(a, outlet, label.apply(outlet), genreOf.apply(a), wireOf(a.article().text()),
                    copies, thumbnails.get(a.id()));
            (row.genre().kind() != Genre.Kind.NEWS ? views : row.wire() != null || !copies.isEmpty() ? wire : news)
                    .add(row);
        }
        List<Group> groups = new ArrayList<>();
        addGroup(groups, "news", "News", news);
        addGroup(groups, "views", "Analysis and opinion", views);
        addGroup(groups, "wire", "Wire stories and republished copies", wire);
        int copyCount = originals.stream().mapToInt(a -> copiesOf.getOrDefault(a.id(), List.of()).size()).sum();
        return new StoryCoverage(List.copyOf(groups), originals.size(), copyCount);
    }

    /** Every row, group after group. */
    public List<Row> rows() {
        return groups.stream().flatMap(g -> g.rows().stream()).toList();
    }

    /** Distinct outlets among the originals and their copies (an unnamed one counts once). */
    public int outlets() {
        return (int) rows().stream().flatMap(r -> java.util.stream.Stream.concat(java.util.stream.Stream.of(r.article()),
                        r.copies().stream().map(Copy::article)))
                .map(a -> Show.outlet(a.article().outlet())).distinct().count();
    }

    /** The wire a dateline credits ("AP"), or null. */
    static String wireOf(String text) {
        Matcher m = WIRE_DATELINE.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** A sentence without its dateline: "BAKU, Azerbaijan (AP) — Seven people ..." → "Seven people ...". */
    static String withoutDateline(String sentence) {
        Matcher m = WIRE_DATELINE.matcher(sentence);
        if (m.find()) {
            return sentence.substring(m.end());
        }
        return sentence.replaceFirst("^\\s*\\p{Lu}[\\p{Lu}\\p{M} .'-]{1,40}(?:,\\s*[\\p{L} .'-]{2,40})?\\s*[—–]+\\s*", "");
    }

    private static void addGroup(List<Group> groups, String id, String title, List<Row> rows) {
        if (!rows.isEmpty()) {
            groups.add(new Group(id, title, List.copyOf(rows)));
        }
    }

    private static String changes(StoredArticle original, StoredArticle copy) {
        return org.storyline.dedup.CopyChanges.compare(original.article().title(), original.article().text(),
                copy.article().title(), copy.article().text()).summary();
    }

    /** Newest first; undated articles last, in the order they came. */
    static final Comparator<StoredArticle> NEWEST_FIRST = Comparator.comparing(
            (StoredArticle a) -> a.article().published() == null ? null : a.article().published().instant(),
            Comparator.nullsLast(Comparator.reverseOrder()));
}
