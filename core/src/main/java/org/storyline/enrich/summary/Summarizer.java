package org.storyline.enrich.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.storyline.enrich.timeline.ContentWords;
import org.storyline.enrich.timeline.SentenceSplitter;

/**
 * Extractive summaries by centroid relevance and maximal marginal relevance (see the package notes).
 *
 * <pre>{@code
 * Summarizer summarizer = new Summarizer(new SentenceSplitter());
 * List<SummarySentence> story = summarizer.story(articles, 4);        // credited, most relevant first
 * List<SummarySentence> paragraph = summarizer.article(article, 3);   // in text order
 * }</pre>
 */
public final class Summarizer {

    /** Weight of relevance against redundancy in MMR. */
    static final double LAMBDA = 0.7;
    /** Bonus for an article's first candidate sentence in a story summary, 1/(1 + rank) of it for later ones. */
    static final double LEAD_BONUS = 0.12;
    /**
     * The same in an article's own paragraph, where the lead carries more (news is written top-down): 0.6 was
     * best of 0.12, 0.3, 0.6 and 1.0 by ROUGE against the Readability corpus's standfirsts (SummaryBench).
     */
    static final double ARTICLE_LEAD_BONUS = 0.6;
    /** A sentence this close (cosine) to a chosen one says the same thing; it is never picked. */
    static final double REDUNDANT = 0.5;
    static final int MIN_WORDS = 8;
    /** A sentence that opens with a pronoun leans on the one before it; out of context it reads badly. */
    private static final java.util.regex.Pattern DANGLING = java.util.regex.Pattern.compile(
            "(?:It|He|She|They|This|That|These|Those|His|Her|Their|Its)\\b");
    static final double DANGLING_FACTOR = 0.75;
    static final int MAX_WORDS = 60;

    private final SentenceSplitter sentences;
    private final ContentWords words = new ContentWords();

    public Summarizer(SentenceSplitter sentences) {
        this.sentences = Objects.requireNonNull(sentences, "sentences");
    }

    /** Up to {@code size} sentences standing for all {@code articles}, most relevant first. */
    public List<SummarySentence> story(List<SummaryInput> articles, int size) {
        List<Candidate> candidates = candidates(articles);
        Map<String, Double> idf = idf(candidates);
        candidates.forEach(c -> c.vector = TermVector.of(c.words, idf));
        Map<String, List<TermVector>> byArticle = new LinkedHashMap<>();
        candidates.forEach(c -> byArticle.computeIfAbsent(c.articleId, k -> new ArrayList<>()).add(c.vector));
        TermVector centroid = TermVector.centroid(byArticle.values().stream().map(TermVector::centroid).toList());
        return pick(candidates, centroid, size, LEAD_BONUS);
    }

    /** Up to {@code size} sentences of one article, in the article's order: a one-paragraph summary. */
    public List<SummarySentence> article(SummaryInput article, int size) {
        List<Candidate> candidates = candidates(List.of(article));
        Map<String, Double> idf = idf(candidates);
        candidates.forEach(c -> c.vector = TermVector.of(c.words, idf));
        TermVector centroid = TermVector.centroid(candidates.stream().map(c -> c.vector).toList());
        List<SummarySentence> picked = new ArrayList<>(pick(candidates, centroid, size, ARTICLE_LEAD_BONUS));
        picked.sort(Comparator.comparingInt(SummarySentence::position));
        return picked;
    }

    /** The sentences of an article's paragraph joined into one text. */
    public String paragraph(SummaryInput article, int size) {
        return String.join(" ", article(article, size).stream().map(SummarySentence::text).toList());
    }

    private List<SummarySentence> pick(List<Candidate> candidates, TermVector centroid, int size, double leadBonus) {
        List<Candidate> pool = new ArrayList<>(candidates.stream().filter(c -> !c.vector.isEmpty()).toList());
        pool.forEach(c -> c.relevance = (c.vector.cosine(centroid) + leadBonus / (1 + c.rank))
                * (DANGLING.matcher(c.text).lookingAt() ? DANGLING_FACTOR : 1));
        List<Candidate> chosen = new ArrayList<>();
        while (chosen.size() < size && !pool.isEmpty()) {
            Candidate best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Candidate c : pool) {
                double redundancy = chosen.stream().mapToDouble(s -> s.vector.cosine(c.vector)).max().orElse(0);
                if (redundancy >= REDUNDANT) {
                    continue;
                }
                double score = LAMBDA * c.relevance - (1 - LAMBDA) * redundancy;
                if (score > bestScore) {
                    best = c;
                    bestScore = score;
                }
            }
            if (best == null) {
                break; // everything left repeats what is chosen
            }
            chosen.add(best);
            pool.remove(best);
        }
        return chosen.stream().map(c -> new SummarySentence(c.text, c.articleId, c.position, c.relevance)).toList();
    }

    private List<Candidate> candidates(List<SummaryInput> articles) {
        List<Candidate> out = new ArrayList<>();
        for (SummaryInput a : articles) {
            List<String> split = sentences.split(a.text());
            Set<String> seen = new java.util.HashSet<>();
            int rank = 0;
            for (int i = 0; i < split.size(); i++) {
                String s = split.get(i);
                int n = s.split("\\s+").length;
                if (n >= MIN_WORDS && n <= MAX_WORDS && !s.endsWith("?") && !s.endsWith(":") && seen.add(s)) {
                    out.add(new Candidate(s, a.articleId(), i, rank++, words.of(s)));
                }
            }
        }
        return out;
    }

    private static Map<String, Double> idf(List<Candidate> candidates) {
        Map<String, Integer> df = new HashMap<>();
        candidates.forEach(c -> c.words.forEach(w -> df.merge(w, 1, Integer::sum)));
        Map<String, Double> idf = new HashMap<>();
        int n = candidates.size();
        df.forEach((w, k) -> idf.put(w, Math.log(1.0 + (double) n / k)));
        return idf;
    }

    /** A candidate sentence while it is being scored. */
    private static final class Candidate {
        final String text;
        final String articleId;
        final int position;
        final int rank;
        final Set<String> words;
        TermVector vector;
        double relevance;

        Candidate(String text, String articleId, int position, int rank, Set<String> words) {
            this.text = text;
            this.articleId = articleId;
            this.position = position;
            this.rank = rank;
            this.words = words;
        }
    }
}
