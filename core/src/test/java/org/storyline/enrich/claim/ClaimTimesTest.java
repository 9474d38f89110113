package org.storyline.enrich.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.enrich.timeline.SentenceSplitter;
import org.storyline.model.Published;

/**
 * Counts tied to their time and people, on texts written for these tests: a toll that grows is an update, only
 * same-time differences are disputes, and counts of differently described people are not compared.
 */
class ClaimTimesTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(new SentenceSplitter());

    private static List<ClaimGroup> groups(Object... articles) {
        List<NumericClaim> all = new ArrayList<>();
        for (int i = 0; i < articles.length; i += 2) {
            all.addAll(EXTRACTOR.extract("a" + i, (String) articles[i + 1],
                    Published.ofDate(LocalDate.parse((String) articles[i]))));
        }
        return new Disagreements().group(all);
    }

    @Test
    void aTollThatGrowsIsAnUpdateNotADispute() {
        List<ClaimGroup> g = groups("2026-03-02", "Two people died when the ferry capsized off Braxlow.",
                "2026-03-04", "Three people died when the ferry capsized off Braxlow, after a passenger died in hospital.");
        ClaimGroup killed = g.stream().filter(x -> x.subject() == Subject.KILLED).findFirst().orElseThrow();
        assertThat(killed.disputed()).isFalse();
        assertThat(killed.updated()).isTrue();
        assertThat(killed.latest().value()).isEqualTo(3);
    }

    @Test
    void sameDayDifferentCountsAreADispute() {
        List<ClaimGroup> g = groups("2026-03-02", "Two people died when the ferry capsized off Braxlow.",
                "2026-03-02", "Five people died when the ferry capsized off Braxlow, officials said.");
        assertThat(g).anySatisfy(x -> {
            assertThat(x.subject()).isEqualTo(Subject.KILLED);
            assertThat(x.disputed()).isTrue();
        });
    }

    @Test
    void datesInTheSentencesTellEventsApart() {
        List<ClaimGroup> g = groups("2026-03-10", "Police arrested 12 strikers at the Quentaro docks on March 2.",
                "2026-03-10", "Police arrested 40 strikers at the Quentaro docks on March 9.");
        assertThat(g).noneMatch(ClaimGroup::disputed);
    }

    @Test
    void differentlyDescribedPeopleAreNotCompared() {
        List<ClaimGroup> g = groups("2026-03-10", "Seven people linked to the dock union were detained in Quentaro.",
                "2026-03-10", "Thirteen foreign sailors were detained in Quentaro, the port said.");
        assertThat(g).noneMatch(ClaimGroup::disputed);
    }
}
