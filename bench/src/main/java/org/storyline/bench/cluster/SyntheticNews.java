package org.storyline.bench.cluster;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.storyline.cluster.ClusterInput;

/**
 * Deterministic synthetic articles for scale runs: a 60,000-word Zipf vocabulary for background text,
 * and per story eight topic words and two capitalised names. Story k's articles are published around
 * k * 30 seconds, so the stream covers about a year per million articles.
 */
final class SyntheticNews {

    private static final int VOCABULARY = 60_000;
    private final String[] words = new String[VOCABULARY];
    private final double[] cumulative = new double[VOCABULARY];

    SyntheticNews() {
        Random random = new Random(1);
        double sum = 0;
        for (int i = 0; i < VOCABULARY; i++) {
            words[i] = word(random, 4 + random.nextInt(6));
            sum += 1.0 / (i + 10);
            cumulative[i] = sum;
        }
        for (int i = 0; i < VOCABULARY; i++) {
            cumulative[i] /= sum;
        }
    }

    /** Article {@code n} of story {@code story}; same arguments, same article. */
    ClusterInput article(long story, int n, String id) {
        // Seeds are scrambled: java.util.Random's first outputs for nearby seeds are correlated, which made
        // neighbouring synthetic stories share topic words (and look like one story).
        Random topic = new Random(scramble(story * 7919));
        String[] topicWords = new String[10];
        for (int i = 0; i < topicWords.length; i++) {
            String w = words[1000 + topic.nextInt(VOCABULARY - 1000)];
            topicWords[i] = i >= 8 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w;
        }
        Random random = new Random(scramble(story * 31 + n));
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            title.append(i % 2 == 0 ? topicWords[random.nextInt(10)] : background(random)).append(' ');
        }
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            body.append(random.nextDouble() < 0.35 ? topicWords[random.nextInt(10)] : background(random));
            body.append(i % 15 == 14 ? ". " : " ");
        }
        Instant published = Instant.ofEpochSecond(1_700_000_000L + story * 30 + random.nextInt(86_400));
        // Names drawn from pools small enough that unrelated stories share some (as real places and people recur).
        ClusterInput.Names names = new ClusterInput.Names(List.of("p" + story % 50_000, "p" + (story * 7) % 50_000),
                List.of("l" + story % 2_000), List.of("o" + story % 500));
        return new ClusterInput(id, title.toString().trim(), body.toString(), published, names);
    }

    /** A unit dense vector for article {@code n} of {@code story}: the story's direction plus noise. */
    static float[] dense(long story, int n) {
        Random base = new Random(scramble(story * 104_729));
        Random noise = new Random(scramble(story * 31 + n + 17));
        float[] v = new float[384];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (base.nextGaussian() + 0.7 * noise.nextGaussian());
            norm += v[i] * v[i];
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    /** A body of {@code length} background words, for copy detection runs. */
    String text(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(background(random)).append(i % 15 == 14 ? ".\n\n" : " ");
        }
        return out.toString();
    }

    private static long scramble(long seed) {
        long z = seed * 0x9E3779B97F4A7C15L;
        z = (z ^ z >>> 30) * 0xBF58476D1CE4E5B9L;
        z = (z ^ z >>> 27) * 0x94D049BB133111EBL;
        return z ^ z >>> 31;
    }

    private String background(Random random) {
        int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return words[Math.min(VOCABULARY - 1, i < 0 ? -i - 1 : i)];
    }

    private static String word(Random random, int length) {
        char[] c = new char[length];
        for (int i = 0; i < length; i++) {
            c[i] = (char) ('a' + random.nextInt(26));
        }
        return new String(c);
    }
}
