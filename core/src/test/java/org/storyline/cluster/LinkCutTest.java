package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A story's members cut where they link weakly, whatever order they came in. */
class LinkCutTest {

    /** Pair probabilities of members in two events: {@code event[i]}; within {@code in}, across {@code across}. */
    private static double[][] links(int[] event, double in, double across, long seed) {
        Random noise = new Random(seed);
        int n = event.length;
        double[][] p = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double base = event[i] == event[j] ? in : across;
                p[i][j] = p[j][i] = Math.max(0, Math.min(1, base + (noise.nextDouble() - 0.5) * 0.2));
            }
        }
        return p;
    }

    @Test
    void interleavedLookAlikeEventsAreCutApartAndTheFirstMembersGroupStays() {
        int[] event = {0, 1, 0, 1, 1, 0, 1, 0, 0, 1};
        LinkCut.Cut cut = LinkCut.of(links(event, 0.8, 0.2, 1), 0.4);
        assertThat(cut).isNotNull();
        for (int i = 0; i < event.length; i++) {
            assertThat(cut.leaves()[i]).as("member %d", i).isEqualTo(event[i] == 1);
        }
        assertThat(cut.link()).isLessThan(0.4);
    }

    @Test
    void membersThatHoldTogetherAreNotCut() {
        int[] one = new int[12];
        assertThat(LinkCut.of(links(one, 0.7, 0, 2), 0.4)).isNull();
    }

    @Test
    void aGroupTooSmallToStandAloneStays() {
        // Two odd members link to nothing; neither side of a cut would hold MIN_PART of them.
        int[] event = {0, 0, 0, 0, 0, 0, 1, 1};
        assertThat(LinkCut.of(links(event, 0.8, 0.1, 3), 0.4)).isNull();
    }

    @Test
    void tooFewMembersAreNeverCut() {
        int[] event = {0, 1, 0, 1, 0};
        assertThat(LinkCut.of(links(event, 0.9, 0, 4), 0.4)).isNull();
    }

    @Test
    void lookAlikeEventsThatLinkAboveTheLevelAreCutWhenEachHoldsTogetherFarBetter() {
        // Across 0.55 (above the level 0.4), within 0.95: the link is below COHESION of each group's own.
        int[] event = {0, 1, 0, 1, 1, 0, 1, 0, 0, 1};
        LinkCut.Cut cut = LinkCut.of(links(event, 0.95, 0.55, 5), 0.4);
        assertThat(cut).isNotNull();
        for (int i = 0; i < event.length; i++) {
            assertThat(cut.leaves()[i]).as("member %d", i).isEqualTo(event[i] == 1);
        }
        assertThat(cut.link()).isGreaterThan(0.4);
    }

    @Test
    void membersLinkedEvenlyAboveTheLevelAreNotCutHoweverLooselyTheyHold() {
        // One story whose reports link 0.5 +- 0.1 to one another: no two groups hold together far better within.
        int[] one = new int[12];
        assertThat(LinkCut.of(links(one, 0.5, 0, 6), 0.4)).isNull();
    }

    @Test
    void aTightGroupTooSmallForTheCohesionBarJoinsWhenItLinksAboveTheLevel() {
        // Four reports hold together at 0.95 and link 0.55 to the other eight: fewer than COHESIVE_GROUP, no cut.
        int[] event = {0, 0, 1, 0, 1, 0, 0, 1, 0, 1, 0, 0};
        assertThat(LinkCut.of(links(event, 0.95, 0.55, 7), 0.4)).isNull();
    }
}
