package org.storyline.enrich.hashtag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.enrich.timeline.SeedCorpus;

class HashtagsTest {

    private final Hashtags hashtags = new Hashtags();

    private static List<HashtagInput> seedStory() {
        return SeedCorpus.read().rift().stream().filter(i -> !i.id().endsWith("-copy"))
                .map(i -> new HashtagInput(i.id(), i.id(), i.text(), i.published() == null ? null
                        : i.published().instant(), i.id().startsWith("seed001") ? List.of("SputnikAzerbaijan")
                        : List.of())).toList();
    }

    @Test
    void namesBecomeAggregatorStyleHashtags() {
        assertThat(Hashtags.of("Sputnik Azerbaijan")).isEqualTo("SputnikAzerbaijan");
        assertThat(Hashtags.of("Russia–Azerbaijan relations")).isEqualTo("RussiaAzerbaijanRelations");
        assertThat(Hashtags.of("Türkiye")).isEqualTo("Turkiye");
        assertThat(Hashtags.of("Rossiya Segodnya's")).isEqualTo("RossiyaSegodnya");
        assertThat(Hashtags.of(null)).isEmpty();
    }

    @Test
    void seedStoryKeepsThePageHashtagAndAddsTheCountryPairAndSharedNames() {
        List<String> tags = hashtags.story(seedStory());
        assertThat(tags.get(0)).isEqualTo("SputnikAzerbaijan");
        assertThat(tags.get(1)).isEqualTo("RussiaAzerbaijan");
        assertThat(tags).contains("Yekaterinburg").doesNotContain("Interior", "Russia", "Azerbaijan", "The");
        assertThat(tags.size()).isBetween(3, 6);
    }

    @Test
    void laterArticlesNeverChangeAStorysHashtags() {
        List<HashtagInput> story = new ArrayList<>(seedStory());
        List<String> before = hashtags.story(story);
        story.add(new HashtagInput("late", "Armenia and Georgia sign a deal",
                "Armenia and Georgia signed a transit deal in Tbilisi. Armenian Prime Minister Nikol Pashinyan"
                        + " met Georgian officials in Tbilisi.", Instant.parse("2026-01-01T00:00:00Z"), List.of()));
        assertThat(hashtags.story(story)).isEqualTo(before);
    }

    @Test
    void articleOrderDoesNotMatter() {
        List<HashtagInput> story = new ArrayList<>(seedStory());
        List<String> expected = hashtags.story(story);
        Random random = new Random(7);
        for (int i = 0; i < 5; i++) {
            Collections.shuffle(story, random);
            assertThat(hashtags.story(story)).isEqualTo(expected);
        }
    }

    @Test
    void pageHashtagsAreKeptMostUsedFirstWhateverTheirCase() {
        List<HashtagInput> story = List.of(
                new HashtagInput("a", "t", "", null, List.of("Baku", "SputnikAzerbaijan")),
                new HashtagInput("b", "t", "", null, List.of("sputnikazerbaijan")));
        assertThat(hashtags.story(story)).containsExactly("SputnikAzerbaijan", "Baku");
    }
}
