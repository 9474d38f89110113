package org.storyline.enrich.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Published;

class EventExtractorTest {

    private static final SentenceSplitter SENTENCES = new SentenceSplitter();
    private static final Published TUESDAY_1_JULY = Published.ofDate(LocalDate.of(2025, 7, 1));

    private final EventExtractor extractor = new EventExtractor(SENTENCES);

    private Event only(String text, Published date) {
        List<Event> events = extractor.extract("a", text, date);
        assertEquals(1, events.size(), () -> "one event expected: " + events);
        return events.get(0);
    }

    private static void at(Event e, String date, Precision precision) {
        assertEquals(LocalDate.parse(date), e.date(), e::toString);
        assertEquals(precision, e.precision(), e::toString);
    }

    @Test
    void weekdayIsTheLatestOnOrBeforeTheArticle() {
        Event e = only("On Monday, masked police stormed the offices of Sputnik Azerbaijan.", TUESDAY_1_JULY);
        at(e, "2025-06-30", Precision.DAY);
        assertTrue(e.relative());
        assertEquals("masked police stormed the offices of Sputnik Azerbaijan", e.description());
        at(only("The ministry said Tuesday it would act.", TUESDAY_1_JULY), "2025-07-01", Precision.DAY);
        at(only("The raids Friday left two dead.", TUESDAY_1_JULY), "2025-06-27", Precision.DAY);
    }

    @Test
    void weekdayInFutureTenseLooksForward() {
        at(only("The ministers will meet on Thursday in Baku.", TUESDAY_1_JULY), "2025-07-03", Precision.DAY);
        at(only("Talks are due to resume next Monday.", TUESDAY_1_JULY), "2025-07-07", Precision.DAY);
    }

    @Test
    void monthsWithoutYearResolveToTheLatestBeforeTheArticle() {
        at(only("Ties have been strained since the December crash of a passenger jet.", TUESDAY_1_JULY),
                "2024-12-01", Precision.MONTH);
        at(only("In May, Aliyev declined to attend the parade.", TUESDAY_1_JULY), "2025-05-01", Precision.MONTH);
        at(only("On June 30, the authorities arrested two journalists.", TUESDAY_1_JULY), "2025-06-30", Precision.DAY);
        at(only("Putin met Aliyev on 3 September in China.", Published.ofDate(LocalDate.of(2025, 9, 3))),
                "2025-09-03", Precision.DAY);
        at(only("A report on December 28 blamed air defences.", TUESDAY_1_JULY), "2024-12-28", Precision.DAY);
    }

    @Test
    void fixedDateHolidaysAfterOnResolveToTheLatestBeforeTheArticle() {
        Published jan3 = Published.ofDate(LocalDate.of(2016, 1, 3));
        at(only("A boy was shot on Christmas Eve in Tolvern.", jan3), "2015-12-24", Precision.DAY);
        at(only("The driver died on New Year's Day.", jan3), "2016-01-01", Precision.DAY);
        at(only("Fireworks hurt a girl on the Fourth of July, 2015.", jan3), "2015-07-04", Precision.DAY);
        assertTrue(extractor.extract("a", "Shoppers crowded the stores before Christmas.", jan3).isEmpty());
    }

    @Test
    void absoluteDatesNeedNoArticleDate() {
        Event e = only("On December 25, 2024, an Azerbaijani plane was hit by a missile.", null);
        at(e, "2024-12-25", Precision.DAY);
        assertFalse(e.relative());
        assertEquals("an Azerbaijani plane was hit by a missile", e.description());
        assertTrue(extractor.extract("a", "On Monday, police raided the office.", null).isEmpty(),
                "a weekday cannot be placed without the article's date");
    }

    @Test
    void periodsRelativeToTheArticle() {
        at(only("Police raided the office last week.", TUESDAY_1_JULY), "2025-06-23", Precision.WEEK);
        at(only("The court sat yesterday.", TUESDAY_1_JULY), "2025-06-30", Precision.DAY);
        at(only("The envoy was recalled earlier this month.", Published.ofDate(LocalDate.of(2025, 7, 20))),
                "2025-07-01", Precision.MONTH);
        at(only("The crash late last year strained ties.", TUESDAY_1_JULY), "2024-01-01", Precision.YEAR);
    }

    @Test
    void sinceMarksBackgroundUnlessAWhenClauseNamesTheEvent() {
        Event since = only("The agency has worked without accreditation since February.", TUESDAY_1_JULY);
        at(since, "2025-02-01", Precision.MONTH);
        assertTrue(since.background());
        Event murders = only("It was part of an inquiry into murders dating back as far as 2001.", TUESDAY_1_JULY);
        at(murders, "2001-01-01", Precision.YEAR);
        assertTrue(murders.background());
        Event when = only("Tensions have grown since December, when a passenger jet was attacked.", TUESDAY_1_JULY);
        assertFalse(when.background());
        assertEquals("a passenger jet was attacked", when.description());
    }

    @Test
    void agesDurationsAndCountsAreNotDates() {
        String text = "It attributed the deaths of 60-year-old Huseyn Safarov to shock. They were held for four months. "
                + "Killings over the past 25 years. 600 Russian companies operate there. The 2025 budget grew.";
        assertTrue(extractor.extract("a", text, TUESDAY_1_JULY).isEmpty());
    }

    @Test
    void appositiveIsSkippedToKeepThePredicate() {
        Event e = only("On July 1, Azerbaijan's ambassador to Russia, Rahman Mustafayev, delivered a formal protest.",
                Published.ofDate(LocalDate.of(2025, 7, 10)));
        assertTrue(e.description().contains("delivered a formal protest"), e::description);
    }

    @Test
    void longSentencesGiveAtMostAboutTwentyFiveWords() {
        String text = "On Tuesday, the office said " + "that the men were beaten and abused, ".repeat(8) + "it said.";
        Event e = only(text, TUESDAY_1_JULY);
        assertTrue(e.description().split("\\s+").length <= Clauses.MAX_WORDS + 1, e::description);
    }
}
