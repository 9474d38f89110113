package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The law: for well-separated stories (no shared vocabulary beyond function words, each article sharing
 * most of its story's core names), the partition does not depend on the order articles arrive in.
 */
class StoryClustererOrderPropertiesTest {

    @Property(tries = 200)
    void permutingWellSeparatedArticlesKeepsThePartition(@ForAll @IntRange(min = 2, max = 6) int storyCount,
                                                         @ForAll long seed) {
        Random random = new Random(seed);
        List<SeedArticles.Labelled> articles = new ArrayList<>();
        for (int s = 0; s < storyCount; s++) {
            int size = 1 + random.nextInt(6);
            for (int a = 0; a < size; a++) {
                articles.add(article(s, a, random));
            }
        }
        Set<Set<String>> expected = Partitions.expected(articles);
        for (int round = 0; round < 3; round++) {
            Collections.shuffle(articles, random);
            assertThat(Partitions.of(articles, new StoryClusterer())).isEqualTo(expected);
        }
    }

    /** Core words "Namesa1".."Namesa5" for story a (always in the headline), plus story-specific extras. */
    private static SeedArticles.Labelled article(int story, int n, Random random) {
        String prefix = "Topic" + (char) ('a' + story);
        StringBuilder title = new StringBuilder("The");
        for (int i = 0; i < 4; i++) {
            title.append(' ').append(prefix).append("core").append(i);
        }
        StringBuilder body = new StringBuilder("It was reported that");
        for (int i = 0; i < 30; i++) {
            body.append(' ').append(i % 2 == 0 ? prefix + "core" + random.nextInt(6) : prefix + "extra"
                    + random.nextInt(25)).append(i % 10 == 9 ? "." : "");
        }
        ClusterInput input = new ClusterInput(story + "-" + n, title.toString(), body.toString(), null);
        return new SeedArticles.Labelled(input, "story" + story);
    }
}
