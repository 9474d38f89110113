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
 * The toll a story states for its own event, on texts written for these tests: counts of earlier events an
 * article recalls are not the event's, a follow-up's event is the one it recalls first, and across articles
 * the value most give wins, the larger breaking a tie of the dead and the later one of the injured.
 */
class EventTollsTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(new SentenceSplitter());

    /** "KILLED=1, INJURED=2" for the articles (date, text, date, text, ...). */
    private static String tolls(String... articles) {
        List<NumericClaim> all = new ArrayList<>();
        for (int i = 0; i < articles.length; i += 2) {
            all.addAll(EXTRACTOR.extract("a" + i, articles[i + 1], Published.ofDate(LocalDate.parse(articles[i]))));
        }
        return EventTolls.of(Tolls.withoutSurvivorsWhoDied(all)).stream().map(t -> t.subject() + "=" + t.label())
                .collect(Collectors.joining(", "));
    }

    @Test
    void anEarlierEventRecalledDatedIsNotTheEvents() {
        assertThat(tolls("2026-05-25", "Two grandparents were charged in the May 11 fatal shooting death of their "
                + "granddaughter. And on April 24, a 4-year-old boy was shot and injured while riding a bicycle."))
                .isEqualTo("KILLED=1");
        assertThat(tolls("2026-11-29", "A 16-year-old girl was shot and killed on Friday. Court records show in "
                + "August 2024 the suspect was accused of a shooting in which six people were wounded."))
                .isEqualTo("KILLED=1");
    }

    @Test
    void aFollowUpsEventIsTheOneItRecallsFirst() {
        // the death of last January is the story; nothing later in the text moves it
        assertThat(tolls("2026-05-26", "A 15-year-old is now charged as an adult for the shooting death of a "
                + "teenage girl last January.")).isEqualTo("KILLED=1");
        // the same event dated in two ways a day apart stays one
        assertThat(tolls("2026-01-06", "A boy was killed and his brother was wounded on Saturday. The brother, who "
                + "was shot on Friday night, remains in hospital.")).isEqualTo("KILLED=1, INJURED=1");
    }

    @Test
    void theValueMostArticlesGiveWinsAndTheLargerBreaksATie() {
        assertThat(tolls("2026-03-02", "Two people were killed when the roof collapsed.",
                "2026-03-02", "Two people were killed when the roof of the market collapsed.",
                "2026-03-03", "Three people were killed when the roof collapsed.")).isEqualTo("KILLED=2");
        assertThat(tolls("2026-03-02", "Two people were killed when the roof collapsed.",
                "2026-03-04", "Three people were killed when the roof collapsed, after a woman died in hospital."))
                .isEqualTo("KILLED=3");
        assertThat(tolls("2026-03-02", "Three people were killed when the roof collapsed.",
                "2026-03-04", "Two people were killed when the roof collapsed on the market's stalls."))
                .isEqualTo("KILLED=3");
        assertThat(tolls("2026-03-02", "Four people were injured when the roof collapsed.",
                "2026-03-04", "Three people were injured when the roof collapsed on the stalls."))
                .as("the injured: the latest report").isEqualTo("INJURED=3");
    }

    @Test
    void noCountNoToll() {
        assertThat(tolls("2026-03-02", "Police are investigating a fire at a warehouse.")).isEmpty();
        // only part of a group is no toll of it
        assertThat(tolls("2026-03-02", "Five of the passengers were taken to hospital.")).doesNotContain("INJURED=5");
    }
}
