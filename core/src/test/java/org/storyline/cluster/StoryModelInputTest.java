package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Bad input for the learned decision: each case gets a sensible story and leaves the other stories alone.
 * Two look-alike events (two earthquakes, two cities, two years) written for this test.
 */
class StoryModelInputTest {

    private static final Instant T0 = Instant.parse("2025-03-10T08:00:00Z");
    private static final ClusterInput.Names CHILE = new ClusterInput.Names(List.of("person:maria-lopez"),
            List.of("place:valparaiso", "place:chile"), List.of("org:onemi"));
    private static final ClusterInput.Names JAPAN = new ClusterInput.Names(List.of("person:kenji-sato"),
            List.of("place:sendai", "place:japan"), List.of("org:jma"));
    private static final String[] CHILE_TEXT = {
        "A magnitude 7.1 earthquake struck near Valparaiso, Chile on Monday, killing 12 people and damaging the port. "
            + "Interior minister Maria Lopez said 340 homes collapsed in Valparaiso and rescue teams from ONEMI were searching the rubble.",
        "Rescuers in Valparaiso pulled survivors from collapsed homes after Monday's 7.1 quake. Maria Lopez said the "
            + "death toll rose to 12 and ONEMI opened shelters for families across the Valparaiso region of Chile.",
        "Aftershocks rattled Valparaiso, Chile as ONEMI crews inspected the damaged port. Minister Maria Lopez promised "
            + "aid for the 340 families whose homes collapsed in the 7.1 earthquake that killed 12 people.",
    };
    private static final String[] JAPAN_TEXT = {
        "A magnitude 6.4 earthquake shook Sendai, Japan on Thursday, injuring 35 people and halting trains. The JMA "
            + "warned of aftershocks and spokesman Kenji Sato said no tsunami was expected along the Sendai coast.",
        "Trains resumed in Sendai a day after the 6.4 quake injured 35 people. Kenji Sato of the JMA said inspections "
            + "of bridges across Sendai and the Miyagi coast of Japan found only minor cracks.",
        "Sendai residents cleared broken glass after Thursday's 6.4 earthquake. The JMA recorded 20 aftershocks and "
            + "Kenji Sato said the 35 people injured in Japan were mostly hurt by falling shelves.",
    };

    private static StoryClusterer clusterer() {
        return new StoryClusterer(ClusterSettings.forModel(), null, StoryModel.shipped(false));
    }

    private static ClusterInput chile(int i, Instant at) {
        return new ClusterInput("chile" + i, "Quake kills 12 in Valparaiso", CHILE_TEXT[i], at, CHILE);
    }

    private static ClusterInput japan(int i, Instant at) {
        return new ClusterInput("japan" + i, "Quake injures 35 in Sendai", JAPAN_TEXT[i], at, JAPAN);
    }

    @Test
    void lookAlikeEventsFormTwoStories() {
        StoryClusterer stories = clusterer();
        List<String> got = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            got.add(stories.assign(chile(i, T0.plus(Duration.ofHours(i)))));
            got.add(stories.assign(japan(i, T0.plus(Duration.ofHours(i)))));
        }
        assertThat(new java.util.HashSet<>(List.of(got.get(0), got.get(2), got.get(4)))).hasSize(1);
        assertThat(new java.util.HashSet<>(List.of(got.get(1), got.get(3), got.get(5)))).hasSize(1);
        assertThat(got.get(0)).isNotEqualTo(got.get(1));
    }

    /**
     * The join decision weighs the best candidate's lead over the runner-up; a lone candidate leads by the whole
     * logit range, so the decision alone may join an article the pair model finds improbable. The floor on the pair
     * probability stops that and leaves true joins alone.
     */
    @Test
    void aLoneCandidateTakesNoArticleThePairModelFindsImprobable() {
        StoryModel base = StoryModel.shipped(false);
        StoryModel alwaysJoins = new StoryModel(base.weights(), new double[] {10, 0, 0, 0}, base.joinAt(),
                base.mergeAt(), base.windowDays(), base.splitAt(), base.followUpAt(), 0);
        StoryClusterer unfloored = new StoryClusterer(ClusterSettings.forModel(), null, alwaysJoins);
        String chile = unfloored.assign(chile(0, T0));
        assertThat(unfloored.assign(japan(0, T0.plusSeconds(60)))).isEqualTo(chile);

        StoryClusterer floored = new StoryClusterer(ClusterSettings.forModel(), null, alwaysJoins.withJoinPair(0.5));
        String chileAgain = floored.assign(chile(0, T0));
        assertThat(floored.assign(japan(0, T0.plusSeconds(60)))).isNotEqualTo(chileAgain);
        assertThat(floored.assign(chile(1, T0.plusSeconds(120)))).isEqualTo(chileAgain);
    }

    @Test
    void theShippedModelReadsItsFloorBack() throws java.io.IOException {
        StoryModel shipped = StoryModel.shipped(true);
        assertThat(shipped.joinPairAt()).isGreaterThan(0);
        StoryModel again = StoryModel.read(new java.io.ByteArrayInputStream(
                shipped.write("round trip").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(again).isEqualTo(shipped);
    }

    @Test
    void anArticleWithoutTitleOrDateJoinsItsStory() {
        StoryClusterer stories = clusterer();
        String chile = stories.assign(chile(0, T0));
        String japan = stories.assign(japan(0, T0));
        assertThat(stories.assign(new ClusterInput("untitled", null, CHILE_TEXT[1], null, CHILE))).isEqualTo(chile);
        assertThat(stories.assign(japan(1, T0.plusSeconds(60)))).isEqualTo(japan);
    }

    /** The pipeline gives no date for a time in the future (ClusterInputs); a far date given anyway harms no story. */
    @Test
    void aFarFutureDateDoesNotKeepTheStoryFromLaterArticles() {
        StoryClusterer stories = clusterer();
        String chile = stories.assign(chile(0, T0));
        String future = stories.assign(chile(1, Instant.parse("2100-01-01T00:00:00Z")));
        // 75 years from the story, beyond the model's window: a story of its own, or (the shipped models take
        // follow-ups naming the story's people) the story's follow-up; either way later articles are placed right.
        assertThat(future).isNotNull();
        String japan = stories.assign(japan(0, T0.plusSeconds(3600)));
        assertThat(japan).isNotEqualTo(chile);
        assertThat(stories.assign(chile(2, T0.plusSeconds(7200)))).isEqualTo(chile);
    }

    /** Months after the quake, a report on its rebuilding names its people, place and figures: a follow-up. */
    @Test
    void aFollowUpMonthsLaterJoinsItsQuietStoryWhenTheModelAllowsFollowUps() {
        Instant later = T0.plus(Duration.ofDays(120));
        ClusterInput followUp = new ClusterInput("chile-rebuilt", "Valparaiso rebuilds after the quake that killed 12",
                "Four months after the 7.1 earthquake that killed 12 people in Valparaiso, Chile, minister Maria Lopez "
                        + "said 340 families whose homes collapsed have moved back. ONEMI closed its last shelters in "
                        + "the Valparaiso region and the damaged port reopened.", later, CHILE);
        ClusterInput otherQuake = new ClusterInput("antofagasta", "Quake injures 8 in Antofagasta",
                "A magnitude 5.8 earthquake struck near Antofagasta on Tuesday, injuring 8 people. Mayor Jorge Rivas "
                        + "said 20 homes were damaged and schools closed for inspections.", later,
                new ClusterInput.Names(List.of("person:jorge-rivas"), List.of("place:antofagasta"), List.of()));
        for (StoryModel model : List.of(StoryModel.shipped(false), StoryModel.shipped(false).withFollowUp(StoryModel.NEVER))) {
            StoryClusterer stories = new StoryClusterer(ClusterSettings.forModel(), null, model);
            String chile = null;
            for (int i = 0; i < 3; i++) {
                chile = stories.assign(chile(i, T0.plus(Duration.ofHours(i))));
                stories.assign(japan(i, T0.plus(Duration.ofHours(i))));
            }
            boolean followsUp = model.followUpAt() <= 1;
            assertThat(stories.assign(followUp).equals(chile)).as("follow-up joins: %s", followsUp).isEqualTo(followsUp);
            assertThat(stories.assign(otherQuake)).isNotEqualTo(chile);
        }
    }

    @Test
    void aOneSentenceBodyGetsAStoryOfItsOwnOrItsEvents() {
        StoryClusterer stories = clusterer();
        String chile = stories.assign(chile(0, T0));
        String japan = stories.assign(japan(0, T0));
        String brief = stories.assign(new ClusterInput("brief", "", "Sendai quake: trains halted.", T0, JAPAN));
        assertThat(brief).isNotEqualTo(chile);
        assertThat(stories.assign(japan(1, T0.plusSeconds(60)))).isEqualTo(japan);
    }

    @Test
    void aBodyOf200000WordsIsPlacedAndLeavesTheOtherStoriesAlone() {
        StoryClusterer stories = clusterer();
        String chile = stories.assign(chile(0, T0));
        String japan = stories.assign(japan(0, T0));
        StringBuilder huge = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            huge.append("word").append(i % 5000).append(i % 17 == 0 ? ". " : " ");
        }
        String giant = stories.assign(new ClusterInput("giant", "Archive dump", huge.toString(), T0, ClusterInput.Names.NONE));
        assertThat(giant).isNotIn(chile, japan);
        assertThat(stories.assign(chile(1, T0.plusSeconds(60)))).isEqualTo(chile);
        assertThat(stories.assign(japan(1, T0.plusSeconds(60)))).isEqualTo(japan);
    }

    @Test
    void theSameArticleTwiceLandsInOneStory() {
        StoryClusterer stories = clusterer();
        String first = stories.assign(chile(0, T0));
        assertThat(stories.assign(chile(0, T0))).isEqualTo(first);
        assertThat(stories.storyCount()).isEqualTo(1);
    }

    @Test
    void outOfOrderArrivalGivesTheSamePartition() {
        List<ClusterInput> inOrder = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            inOrder.add(chile(i, T0.plus(Duration.ofHours(i))));
            inOrder.add(japan(i, T0.plus(Duration.ofHours(i))));
        }
        List<ClusterInput> reversed = new ArrayList<>(inOrder);
        Collections.reverse(reversed);
        assertThat(partition(reversed)).isEqualTo(partition(inOrder));
    }

    private static Set<Set<String>> partition(List<ClusterInput> articles) {
        StoryClusterer stories = clusterer();
        java.util.Map<String, Set<String>> byStory = new java.util.HashMap<>();
        for (ClusterInput a : articles) {
            byStory.computeIfAbsent(stories.assign(a), s -> new java.util.TreeSet<>()).add(a.articleId());
            stories.takeMerges().forEach((gone, kept) -> {
                Set<String> moved = byStory.remove(gone);
                if (moved != null) {
                    byStory.computeIfAbsent(kept, s -> new java.util.TreeSet<>()).addAll(moved);
                }
            });
        }
        return Set.copyOf(byStory.values().stream().map(Set::copyOf).toList());
    }
}
