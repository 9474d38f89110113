package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

    private static final Instant T0 = Instant.parse("2025-07-01T12:00:00Z");
    private static final String RAID = "Police raided the Sputnik Azerbaijan office in Baku and detained editors "
            + "Igor Kartavykh and Yevgeny Belousov, the Interior Ministry in Baku said on Tuesday.";

    @Test
    void storyIdsDeriveFromTheFoundingArticle() {
        StoryClusterer stories = new StoryClusterer();
        String id = stories.assign(new ClusterInput("a1", "Sputnik Azerbaijan raided in Baku", RAID, T0));
        assertThat(id).isEqualTo(StoryClusterer.storyIdFor("a1"));
        assertThat(stories.assign(new ClusterInput("a2", "Baku police raid Sputnik Azerbaijan", RAID, T0)))
                .isEqualTo(id);
    }

    @Test
    void restoredStoriesAttractNewArticles() {
        StoryClusterer stories = new StoryClusterer();
        stories.restore(new ClusterInput("a1", "Sputnik Azerbaijan raided in Baku", RAID, T0), "stored-story");
        assertThat(stories.assign(new ClusterInput("a2", "Baku police raid Sputnik Azerbaijan", RAID, T0)))
                .isEqualTo("stored-story");
    }

    @Test
    void aQuietStoryAttractsOnlyVerySimilarArticles() {
        ClusterSettings d = ClusterSettings.defaults();
        ClusterSettings strict = new ClusterSettings(d.joinThreshold(), d.titleWeight(), d.entityWeight(),
                d.centroidTerms(), d.queryTerms(), d.postingsPerTerm(), d.halfLifeDays(), d.quietDays(), 0.95,
                d.youngMargin(), d.priorDocuments(), d.mergeThreshold());
        String related = "Police in Baku questioned Sputnik Azerbaijan editors Igor Kartavykh and Yevgeny "
                + "Belousov again, the Interior Ministry said on Friday.";
        for (int days : new int[] {1, 40}) {
            StoryClusterer stories = new StoryClusterer(strict);
            String story = stories.assign(new ClusterInput("a1", "Sputnik Azerbaijan raided in Baku", RAID, T0));
            String joined = stories.assign(new ClusterInput("b1", "Sputnik Azerbaijan editors questioned in Baku",
                    related, T0.plus(Duration.ofDays(days))));
            assertThat(joined.equals(story)).as("joined after %d days", days).isEqualTo(days < d.quietDays());
            assertThat(stories.assign(new ClusterInput("b2", "Sputnik Azerbaijan raided in Baku", RAID,
                    T0.plus(Duration.ofDays(days))))).isEqualTo(story);
        }
    }

    @Test
    void unrelatedArticlesFoundTheirOwnStories() {
        StoryClusterer stories = new StoryClusterer();
        String a = stories.assign(new ClusterInput("a1", "Sputnik Azerbaijan raided in Baku", RAID, T0));
        String b = stories.assign(new ClusterInput("b1", "BRICS summit opens in Rio de Janeiro",
                "South African President Cyril Ramaphosa urged BRICS nations to mediate conflicts.", T0));
        assertThat(b).isNotEqualTo(a).isEqualTo(StoryClusterer.storyIdFor("b1"));
        assertThat(stories.storyCount()).isEqualTo(2);
    }
}
