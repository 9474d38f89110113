package org.storyline.bench.cluster;

import java.util.Random;
import org.storyline.cluster.ClusterInput;
import org.storyline.cluster.ClusterSettings;
import org.storyline.cluster.StoryClusterer;
import org.storyline.cluster.StoryModel;
import org.storyline.dedup.DuplicateDetector;

/**
 * Throughput and memory at archive sizes given as arguments: the clusterer restored with N synthetic
 * articles (about 5 per story), then timed on new articles; the copy detector filled with N bodies, then
 * timed on lookups (half copies, half new texts).
 */
final class ScaleBench {

    private static final int ARTICLES_PER_STORY = 5;
    private static final int TIMED = 20_000;

    private ScaleBench() {
    }

    static void run(String[] args) {
        SyntheticNews news = new SyntheticNews();
        for (int i = 1; i < args.length; i++) {
            int stored = Integer.parseInt(args[i]);
            if (!Boolean.getBoolean("learnedOnly")) {
                clusterer(news, stored, false);
            }
            clusterer(news, stored, true);
            detector(news, stored);
        }
    }

    /**
     * {@code learned}: the production decision (the shipped story model with a dense signal, names, numbers),
     * each article's dense vector given as ingest gives it (computing it is the embedder's cost, not the
     * assignment's); else the single-cosine decision used for headlines.
     */
    private static void clusterer(SyntheticNews news, int stored, boolean learned) {
        long before = usedHeap();
        long[] current = new long[2];
        float[][] timedDense = new float[TIMED][];
        StoryClusterer stories = learned
                ? new StoryClusterer(ClusterSettings.forModel(), a -> current[1] >= 100 ? timedDense[(int) current[1] - 100]
                        : SyntheticNews.dense(current[0], (int) current[1]), StoryModel.shipped(true))
                : new StoryClusterer();
        long start = System.nanoTime();
        for (int n = 0; n < stored; n++) {
            long story = n / ARTICLES_PER_STORY;
            current[0] = story;
            current[1] = n % ARTICLES_PER_STORY;
            stories.restore(news.article(story, n % ARTICLES_PER_STORY, "a" + n),
                    StoryClusterer.storyIdFor("a" + story * ARTICLES_PER_STORY));
        }
        double restoreSeconds = (System.nanoTime() - start) / 1e9;
        long bytes = usedHeap() - before;
        long stories0 = stories.storyCount();
        long lastStory = (stored - 1) / ARTICLES_PER_STORY;
        // The articles and their dense vectors are made before the clock starts: only the assignment is timed.
        ClusterInput[] timed = new ClusterInput[TIMED];
        for (int n = 0; n < TIMED; n++) {
            long story = n % 2 == 0 ? lastStory - 50 + n % 50 : lastStory + 1 + n;
            timed[n] = news.article(story, 100 + n, "new" + n);
            timedDense[n] = SyntheticNews.dense(story, 100 + n);
        }
        start = System.nanoTime();
        int wrong = 0;
        int merges = 0;
        int strayed = 0; // an article of a known story placed elsewhere
        int falseJoins = 0; // an article of a new story placed in an old one
        for (int n = 0; n < TIMED; n++) {
            // Alternate new articles of recent stories and articles of new stories, in time order.
            long story = n % 2 == 0 ? lastStory - 50 + n % 50 : lastStory + 1 + n;
            current[1] = 100 + n;
            String got = stories.assign(timed[n]);
            String expected = n % 2 == 0 ? StoryClusterer.storyIdFor("a" + story * ARTICLES_PER_STORY)
                    : StoryClusterer.storyIdFor("new" + n);
            if (!got.equals(expected)) {
                wrong++;
                if (n % 2 == 0) {
                    strayed++;
                } else {
                    falseJoins++;
                }
            }
            merges += stories.takeMerges().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf((learned ? "learned  " : "cosine   ") + " stored %,d (%,d stories): restore %.0f articles/s; assign %.0f articles/s; "
                        + "heap %.0f bytes/stored article; stories after run %,d; misplaced %d of %d (%d of an existing story "
                        + "placed elsewhere, %d of a new story joined an old one), merges %d%n",
                stored, stories0, stored / restoreSeconds, TIMED / seconds, (double) bytes / stored,
                stories.storyCount(), wrong, TIMED, strayed, falseJoins, merges);
    }

    private static void detector(SyntheticNews news, int stored) {
        long before = usedHeap();
        DuplicateDetector copies = new DuplicateDetector();
        Random random = new Random(5);
        for (int n = 0; n < stored; n++) {
            copies.add("d" + n, news.text(new Random(n), 150 + random.nextInt(300)));
        }
        long bytes = usedHeap() - before;
        String[] probes = new String[TIMED];
        for (int n = 0; n < TIMED; n++) {
            int of = random.nextInt(stored);
            String original = news.text(new Random(of), 150 + new Random(of).nextInt(1));
            probes[n] = n % 2 == 0 ? "Headline\n\n" + original.substring(original.length() / 3)
                    : news.text(new Random(-n - 1), 300);
        }
        long start = System.nanoTime();
        int found = 0;
        for (String probe : probes) {
            found += copies.findCopyOf(probe).isPresent() ? 1 : 0;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("dedup      stored %,d: lookup %.0f/s; heap %.0f bytes/stored article; %d of %d probes "
                + "matched (half are trimmed copies)%n", stored, TIMED / seconds, (double) bytes / stored, found, TIMED);
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
