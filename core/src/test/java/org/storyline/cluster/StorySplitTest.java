package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A story that drifted into another subject is cut in two; a coherent story is left alone. */
class StorySplitTest {

    private static final Instant T0 = Instant.parse("2025-07-01T12:00:00Z");
    private static final String[] RAID = {
        "Police raided the Sputnik Azerbaijan office in Baku and detained editors Igor Kartavykh and Yevgeny Belousov.",
        "The Interior Ministry in Baku said the Sputnik Azerbaijan editors were detained over illegal financing.",
        "A Baku court ordered Sputnik Azerbaijan editor Igor Kartavykh held for four months after the police raid.",
        "Moscow demanded the release of Sputnik Azerbaijan journalists detained in the Baku raid on the agency office.",
    };
    private static final String[] GAS = {
        "Gazprom and SOCAR signed a Caspian gas supply contract setting pipeline tariffs for the next decade.",
        "The Caspian pipeline tariffs agreed by SOCAR and Gazprom cut transit fees for Turkmen gas exports.",
        "Energy traders said the SOCAR Gazprom contract lowers Caspian pipeline tariffs and raises gas volumes.",
        "Turkmen gas volumes through the Caspian pipeline will double under the new SOCAR Gazprom tariffs.",
    };

    @Test
    void aStoryThatDriftedIsCutWhereItsHalvesDiffer() {
        StoryClusterer stories = new StoryClusterer();
        List<ClusterInput> members = new ArrayList<>();
        for (int i = 0; i < RAID.length; i++) {
            members.add(new ClusterInput("r" + i, "Sputnik Azerbaijan raid", RAID[i], T0.plus(Duration.ofHours(i))));
        }
        for (int i = 0; i < GAS.length; i++) {
            members.add(new ClusterInput("g" + i, "Caspian gas tariffs", GAS[i], T0.plus(Duration.ofDays(2 + i))));
        }
        members.forEach(m -> stories.restore(m, "walked"));

        var split = stories.splitIfDrifted("walked", members, id -> null).orElseThrow();

        assertThat(split.from()).isEqualTo("walked");
        assertThat(split.to()).isNotEqualTo("walked");
        assertThat(split.moved()).containsExactly("g0", "g1", "g2", "g3");
        assertThat(stories.storyCount()).isEqualTo(2);
        // Each half now attracts its own subject.
        assertThat(stories.assign(new ClusterInput("r9", "Sputnik Azerbaijan editors stay in custody",
                "Sputnik Azerbaijan editors Igor Kartavykh and Yevgeny Belousov stay detained in Baku.",
                T0.plus(Duration.ofDays(7))))).isEqualTo("walked");
        assertThat(stories.assign(new ClusterInput("g9", "SOCAR and Gazprom tariffs",
                "SOCAR and Gazprom published the Caspian pipeline tariffs for Turkmen gas.",
                T0.plus(Duration.ofDays(7))))).isEqualTo(split.to());
    }

    @Test
    void aCoherentStoryIsNotCut() {
        StoryClusterer stories = new StoryClusterer();
        List<ClusterInput> members = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < RAID.length; i++) {
                members.add(new ClusterInput("r" + round + i, "Sputnik Azerbaijan raid", RAID[i],
                        T0.plus(Duration.ofDays(round * 3L + i))));
            }
        }
        members.forEach(m -> stories.restore(m, "coherent"));

        assertThat(stories.splitIfDrifted("coherent", members, id -> null)).isEmpty();
        assertThat(stories.storyCount()).isEqualTo(1);
    }

    @Test
    void tooSmallOrUnknownStoriesAreNeverCut() {
        StoryClusterer stories = new StoryClusterer();
        List<ClusterInput> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            members.add(new ClusterInput("m" + i, "t", i < 2 ? RAID[i] : GAS[i - 2], T0));
        }
        members.forEach(m -> stories.restore(m, "small"));
        assertThat(stories.splitIfDrifted("small", members, id -> null)).isEmpty();
        assertThat(stories.splitIfDrifted("nobody", members, id -> null)).isEmpty();
    }

    @Test
    void checksComeEveryThirdArticleThenEveryThirtieth() {
        StoryClusterer stories = new StoryClusterer();
        List<Integer> due = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            stories.restore(new ClusterInput("a" + i, "Sputnik Azerbaijan raid", RAID[i % RAID.length], T0), "s");
            if (stories.driftCheckDue("s")) {
                due.add(i);
            }
        }
        assertThat(due).startsWith(6, 9, 12).contains(57, 60, 90, 120).doesNotContain(63, 66, 91);
    }
}
