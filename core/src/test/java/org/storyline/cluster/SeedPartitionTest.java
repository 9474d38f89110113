package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The seed pages, split by hand into 15 articles and labelled: 11 on the Russia-Azerbaijan rift, two on
 * the Trump-Putin call, BRICS and Ukraine's European backers alone. Online clustering depends on arrival
 * order for the borderline articles (the "jitters" opinion piece, the backers story that shares the
 * weapons pause with the call), so the gate is a rate over 40 fixed random orders, pinned just below
 * the measured 39 of 40 (27 of 40 before stories could merge); the page order must be exact; the
 * invariants that hold in every order are asserted on their own.
 */
class SeedPartitionTest {

    private static final SeedArticles SEEDS = SeedArticles.read("/cluster/seed-articles.jsonl");
    private static final int ORDERS = 40;
    private static final int EXACT_FLOOR = 38;

    @Test
    void mostArrivalOrdersGiveExactlyTheLabelledPartition() {
        Set<Set<String>> expected = Partitions.expected(SEEDS.articles());
        int exact = 0;
        for (List<SeedArticles.Labelled> order : orders()) {
            exact += Partitions.of(order, new StoryClusterer()).equals(expected) ? 1 : 0;
        }
        assertThat(exact).isGreaterThanOrEqualTo(EXACT_FLOOR);
    }

    @Test
    void theOrderOfTheSeedPagesGivesExactlyTheLabelledPartition() {
        assertThat(Partitions.of(SEEDS.articles(), new StoryClusterer()))
                .isEqualTo(Partitions.expected(SEEDS.articles()));
    }

    @Test
    void inEveryOrderTheCallReportsShareAStoryAndBricsStandsAlone() {
        for (List<SeedArticles.Labelled> order : orders()) {
            Set<Set<String>> partition = Partitions.of(order, new StoryClusterer());
            assertThat(partition).anySatisfy(story -> assertThat(story)
                    .contains("seed004-related-hill", "seed004-related-newsweek"));
            assertThat(partition).contains(Set.of("seed000-related-brics"));
            assertThat(partition).anySatisfy(story -> assertThat(story).contains("seed001-ap",
                    "seed001-wfp-ap-copy", "seed000-main", "seed000-related-rt-copy", "seed001-rt-consular"));
        }
    }

    private static List<List<SeedArticles.Labelled>> orders() {
        Random random = new Random(1);
        List<List<SeedArticles.Labelled>> out = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            List<SeedArticles.Labelled> order = new ArrayList<>(SEEDS.articles());
            if (i > 0) {
                Collections.shuffle(order, random);
            }
            out.add(order);
        }
        return out;
    }
}
