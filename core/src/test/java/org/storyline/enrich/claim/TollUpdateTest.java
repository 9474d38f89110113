package org.storyline.enrich.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.storyline.enrich.timeline.SentenceSplitter;
import org.storyline.model.Published;

/**
 * A later article that reports only the death of someone an earlier one counted hurt, on texts written for
 * these tests (a rockfall, a factory fire, a crash): the story's toll adds the new dead to the earlier dead.
 */
class TollUpdateTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(new SentenceSplitter());

    private static String tolls(String... articles) {
        List<NumericClaim> all = new ArrayList<>();
        for (int i = 0; i < articles.length; i += 2) {
            all.addAll(EXTRACTOR.extract("a" + i, articles[i + 1], Published.ofDate(LocalDate.parse(articles[i]))));
        }
        return EventTolls.of(Tolls.withoutSurvivorsWhoDied(all), all).stream().map(t -> t.subject() + "=" + t.label())
                .collect(Collectors.joining(", "));
    }

    @Test
    void aLaterDeathOfTheHurtAddsToTheEarlierDead() {
        assertThat(tolls("2026-03-04", "Two climbers were killed in the rockfall and a third climber was critically "
                + "injured.", "2026-03-09", "He died of complications from his injuries, the family said."))
                .isEqualTo("KILLED=3");
        // the day the death sentence names comes after the earlier report
        assertThat(tolls("2026-03-04", "Two climbers were killed in the rockfall and a third climber was critically "
                + "injured.", "2026-03-06", "The third climber died on March 5 as a result of the injuries."))
                .isEqualTo("KILLED=3");
        assertThat(tolls("2026-05-02", "A fire at the plant killed a worker. Three other workers were injured.",
                "2026-05-07", "A worker burned in the plant fire has died, officials said. Two workers remain in "
                        + "hospital.")).isEqualTo("KILLED=2, INJURED=2");
    }

    @Test
    void aLaterReportOfTheWholeTollOrAnEarlierDeathAddsNothing() {
        // the later article already gives all the dead
        assertThat(tolls("2026-03-04", "Two climbers were killed in the rockfall and a third climber was critically "
                + "injured.", "2026-03-09", "Three climbers have died after the rockfall.")).isEqualTo("KILLED=3");
        // a day or two later, undated: a retelling of the death already counted
        assertThat(tolls("2026-03-04", "A driver was killed and a passenger was injured in the crash.",
                "2026-03-06", "The driver, who died of his injuries at the scene, was named.")).isEqualTo(
                "KILLED=1, INJURED=1");
        // a death told without the hurt before it ("was killed") is a retelling
        assertThat(tolls("2026-03-04", "A driver was killed and a passenger was injured in the crash.",
                "2026-03-06", "A driver was killed in Monday's crash, police said.")).isEqualTo("KILLED=1, INJURED=1");
    }

    @Test
    void theDeathUpdatesTheLastReportOfTheHurtNotAnOlderIncidentMixedIn() {
        assertThat(tolls("2026-06-01", "Three people were killed and a fourth person was wounded in the shooting.",
                "2026-06-14", "A toddler was critically injured in an accident at a pool.",
                "2026-06-15", "The toddler injured at the pool has died, officials said."))
                .isEqualTo("KILLED=3, INJURED=1");
    }
}
