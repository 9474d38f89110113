package org.storyline.bench.search;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.storyline.model.Article;
import org.storyline.model.Published;

/**
 * Deterministic synthetic news for search and load runs: stories of five articles sharing topic words (from a
 * vocabulary of English-looking words with a Zipf background) and a 384-dimensional topic direction, so that
 * keyword and nearest-neighbour queries have real matches; outlets, languages, hashtags and a year of dates to
 * filter on.
 *
 * <pre>{@code
 * SyntheticCorpus corpus = new SyntheticCorpus();
 * Article a = corpus.article(12_345);  float[] v = corpus.vector(12_345);
 * }</pre>
 */
final class SyntheticCorpus {

    static final int ARTICLES_PER_STORY = 5;
    static final int DIMENSIONS = 384;
    static final List<String> LANGUAGES = List.of("en", "en", "en", "en", "de", "fr", "ru", "es");
    private static final int VOCABULARY = 30_000;
    private static final String[] SYLLABLES = {"ba", "ku", "mos", "cow", "ra", "id", "sput", "nik", "ter", "min",
            "al", "lo", "vie", "ge", "ne", "va", "tor", "ship", "port", "land", "ing", "ed", "er", "ous", "ment", "ion"};
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private final String[] words = new String[VOCABULARY];
    private final double[] cumulative = new double[VOCABULARY];

    SyntheticCorpus() {
        Random random = new Random(7);
        double sum = 0;
        for (int i = 0; i < VOCABULARY; i++) {
            StringBuilder w = new StringBuilder();
            int syllables = 2 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words[i] = w.toString() + (i % 7 == 0 ? "s" : "");
            sum += 1.0 / (i + 10);
            cumulative[i] = sum;
        }
        for (int i = 0; i < VOCABULARY; i++) {
            cumulative[i] /= sum;
        }
    }

    /** The story of article {@code n}. */
    static long story(long n) {
        return n / ARTICLES_PER_STORY;
    }

    static String id(long n) {
        return "a" + n;
    }

    static String storyId(long story) {
        return "s" + story;
    }

    /** Eight topic words of a story: its headlines and bodies repeat them. */
    String[] topicWords(long story) {
        Random topic = new Random(story * 7919 + 1);
        String[] topicWords = new String[8];
        for (int i = 0; i < topicWords.length; i++) {
            topicWords[i] = words[500 + topic.nextInt(VOCABULARY - 500)];
        }
        return topicWords;
    }

    Article article(long n) {
        long story = story(n);
        String[] topic = topicWords(story);
        Random random = new Random(n * 31 + 5);
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            title.append(i % 2 == 0 ? topic[random.nextInt(topic.length)] : background(random)).append(' ');
        }
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 250; i++) {
            body.append(random.nextDouble() < 0.25 ? topic[random.nextInt(topic.length)] : background(random));
            body.append(i % 60 == 59 ? ".\n\n" : i % 15 == 14 ? ". " : " ");
        }
        Instant published = START.plus(story % 365, ChronoUnit.DAYS).plusSeconds(random.nextInt(86_400));
        int outlet = (int) ((n * 2654435761L) % 60);
        return new Article(id(n), capitalised(title.toString().strip()), "Outlet " + outlet, null,
                new Published(published, ChronoUnit.SECONDS, false), null, null, LANGUAGES.get((int) (story % LANGUAGES.size())),
                List.of("tag" + (story % 400), "topic" + (story % 37)), body.toString().strip(), "synthetic");
    }

    /** A unit vector near its story's direction. */
    float[] vector(long n) {
        float[] v = direction(story(n), 1);
        Random noise = new Random(n * 17 + 3);
        for (int i = 0; i < v.length; i++) {
            v[i] += (float) (noise.nextGaussian() * 0.035);
        }
        return unit(v);
    }

    /** A query vector near story {@code story}'s direction (as a paraphrase of its headline would be). */
    float[] queryVector(long story, Random random) {
        float[] v = direction(story, 1);
        for (int i = 0; i < v.length; i++) {
            v[i] += (float) (random.nextGaussian() * 0.04);
        }
        return unit(v);
    }

    /** Two topic words of a story: a keyword query with real matches. */
    String query(long story, Random random) {
        String[] topic = topicWords(story);
        return topic[random.nextInt(4)] + " " + topic[4 + random.nextInt(4)];
    }

    private static float[] direction(long story, int seedOffset) {
        Random random = new Random(story * 104729 + seedOffset);
        float[] v = new float[DIMENSIONS];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return unit(v);
    }

    static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale;
        }
        return v;
    }

    private String background(Random random) {
        int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return words[Math.min(VOCABULARY - 1, i < 0 ? -i - 1 : i)];
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
