package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The seed pages, split by hand into articles and labelled: the clusterer must find the same partition. */
class SeedPartitionTest {

    private static final SeedArticles SEEDS = SeedArticles.read("/cluster/seed-articles.jsonl");

    @Test
    void seedArticlesClusterAsLabelled() {
        assertThat(Partitions.of(SEEDS.articles(), new StoryClusterer()))
                .isEqualTo(Partitions.expected(SEEDS.articles()));
    }

    @Test
    void seedArticlesClusterAsLabelledInAnyOfTwentyShuffledOrders() {
        Set<Set<String>> expected = Partitions.expected(SEEDS.articles());
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<SeedArticles.Labelled> shuffled = new ArrayList<>(SEEDS.articles());
            Collections.shuffle(shuffled, random);
            assertThat(Partitions.of(shuffled, new StoryClusterer()))
                    .as("order %s", shuffled.stream().map(a -> a.input().articleId()).toList())
                    .isEqualTo(expected);
        }
    }
}
