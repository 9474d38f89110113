package org.storyline.enrich.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.storyline.enrich.timeline.SentenceSplitter;

/**
 * Deaths and wounds news prose tells by their outcome rather than with "killed" or "injured", on sentences
 * written for these tests (a crash, a fire, a mine, a fall, a hunt): "did not survive", "claimed the life of",
 * ", killing her", "shot himself to death", "was grazed".
 */
class DeathsToldByOutcomeTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(new SentenceSplitter());

    private static String counts(String text) {
        return EXTRACTOR.extract("a", text).stream().filter(c -> !c.partial())
                .map(c -> c.subject() + "=" + c.value()).distinct().sorted().collect(Collectors.joining(", "));
    }

    @Test
    void notSurvivingIsDying() {
        assertThat(counts("The pilot did not survive the crash.")).isEqualTo("KILLED=1");
        assertThat(counts("Medics worked on Ilse Varga for an hour, but Varga didn't make it.")).isEqualTo("KILLED=1");
        assertThat(counts("A climber was hit by falling ice but did not survive his injuries.")).isEqualTo("KILLED=1");
        // making it somewhere is no death
        assertThat(counts("The driver did not make it to work after the storm.")).isEqualTo("");
    }

    @Test
    void anEventThatClaimedLives() {
        assertThat(counts("The fire claimed the life of a 15-year-old boy.")).isEqualTo("KILLED=1");
        assertThat(counts("The collapse claimed the lives of three miners.")).isEqualTo("KILLED=3");
    }

    @Test
    void harmThatKilledTheOneItStruck() {
        assertThat(counts("A falling branch struck Tomas Reyl on the trail, killing him.")).isEqualTo("KILLED=1");
        assertThat(counts("The truck hit a cyclist at the junction, killing her.")).isEqualTo("KILLED=1");
    }

    @Test
    void onesOwnDeathByWeapon() {
        assertThat(counts("Officials said Pieter Lund, 40, who shot himself to death on Friday, was a hunter."))
                .isEqualTo("KILLED=1");
    }

    @Test
    void aGrazeIsAWound() {
        assertThat(counts("A hunter was killed and another man was grazed by the same shot.")).isEqualTo(
                "INJURED=1, KILLED=1");
        assertThat(counts("Two bystanders were grazed by fragments.")).isEqualTo("INJURED=2");
    }
}
