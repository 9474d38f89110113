package org.storyline.enrich.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Published;

/** Event dates as local news writes them, on sentences written for these tests (floods, strikes, crashes). */
class NewsDatesTest {

    private static final Published WEDNESDAY_14_JAN = Published.ofDate(LocalDate.of(2026, 1, 14));
    private final EventExtractor extractor = new EventExtractor(new SentenceSplitter());

    private List<String> dates(String text, Published on) {
        return extractor.extract("a", text, on).stream().map(e -> e.date() + " " + e.precision()).toList();
    }

    @Test
    void abbreviatedMonthsAreDates() {
        assertThat(dates("The levee failed Jan. 2 near the old mill.", WEDNESDAY_14_JAN)).containsExactly("2026-01-02 DAY");
        assertThat(dates("Dock workers struck on Sept. 13, 2025, over pay.", WEDNESDAY_14_JAN))
                .containsExactly("2025-09-13 DAY");
    }

    @Test
    void aYearlessDateIsItsMostRecentPastOccurrence() {
        assertThat(dates("The bridge collapsed on Dec. 28 during the storm.", WEDNESDAY_14_JAN))
                .containsExactly("2025-12-28 DAY");
    }

    @Test
    void aWeekdayWithoutADateCountsBackFromTheArticle() {
        assertThat(dates("The bus overturned Tuesday on the coast road.", WEDNESDAY_14_JAN)).containsExactly("2026-01-13 DAY");
        // without an article date a weekday gives no event rather than a guessed one
        assertThat(dates("The bus overturned Tuesday on the coast road.", null)).isEmpty();
    }

    @Test
    void thePagesOwnTimeStampsAndCorrectionsAreNoEvents() {
        assertThat(dates("Posted: Monday, January 12, 2026 4:10 PM EST Updated: Tuesday, January 13, 2026", WEDNESDAY_14_JAN))
                .isEmpty();
        assertThat(dates("An earlier version of this story said the crash happened on Jan. 3.", WEDNESDAY_14_JAN))
                .isEmpty();
    }

    @Test
    void aStampWhoseTimeComesFirstOrThatSitsInBracketsIsNoEventAndTheRestOfItsSentenceIs() {
        assertThat(dates("(Published, Jan. 9, 2026)", WEDNESDAY_14_JAN)).isEmpty();
        assertThat(dates("Last updated at 10:39 a.m. on Tuesday, Jan. 13  Divers searched the lake on Monday.",
                WEDNESDAY_14_JAN)).containsExactly("2026-01-12 DAY");
        // prose about a publication is a happening
        assertThat(dates("The report, published Jan. 9 by the ministry, blamed the pilots.", WEDNESDAY_14_JAN))
                .containsExactly("2026-01-09 DAY");
    }

    @Test
    void twoEventsInOneArticleKeepTheirOwnDates() {
        assertThat(dates("The river flooded the town on Jan. 4. A second storm closed the port Monday.",
                WEDNESDAY_14_JAN)).containsExactly("2026-01-04 DAY", "2026-01-12 DAY");
    }

    @Test
    void descriptionsKeepTheirSubjectAndLoseThePartOfTheDay() {
        List<Event> events = extractor.extract("a", "The two ministers spoke Tuesday morning about the strike.",
                WEDNESDAY_14_JAN);
        assertThat(events).singleElement().satisfies(e -> assertThat(e.description())
                .isEqualTo("The two ministers spoke about the strike"));
        List<Event> fragment = extractor.extract("a", "Rescuers found the hikers, who were airlifted on Monday to a "
                + "hospital in Tolvern.", WEDNESDAY_14_JAN);
        assertThat(fragment).singleElement().satisfies(e -> assertThat(e.description()).startsWith("Rescuers found"));
        // the subject before an appositive: the clause of the date starts at the verb
        List<Event> apposed = extractor.extract("a", "Several fishermen, including two brothers from the port, were "
                + "rescued on Monday by the coast guard.", WEDNESDAY_14_JAN);
        assertThat(apposed).singleElement().satisfies(e -> assertThat(e.description())
                .startsWith("Several fishermen").contains("were rescued by the coast guard"));
    }
}
