package org.storyline.enrich.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.model.Published;

/** The day the event happened, from the leads of articles written for these tests. */
class LeadDatesTest {

    private static final SentenceSplitter SENTENCES = new SentenceSplitter();
    private static final EventExtractor EVENTS = new EventExtractor(SENTENCES);
    private static final LeadDates LEADS = new LeadDates(SENTENCES);

    private static Optional<Event> lead(String id, String published, String text) {
        Published when = published == null ? null : Published.ofDate(LocalDate.parse(published));
        return LEADS.article(text, EVENTS.extract(id, text, when));
    }

    @Test
    void theLeadDatesTheEventNotTheBodysEarlierCase() {
        // a Wednesday article: "on Monday" is 2024-03-04; the body recalls a fire of 2023
        Optional<Event> e = lead("a", "2024-03-06", "A barn burned down on Monday near the river, firefighters said. "
                + "Nobody was hurt. Crews worked through the night. The owner said the farm was rebuilt after a fire on May 3, 2023.");
        assertThat(e).map(Event::date).contains(LocalDate.of(2024, 3, 4));
    }

    @Test
    void aLeadWithoutADayGivesNoneAndAWeekdayWithoutArticleDateGivesNone() {
        assertThat(lead("a", "2024-03-06", "Firefighters are still at the scene. More to follow. Check back later. "
                + "The barn burned on Monday.")).isEmpty();
        assertThat(lead("a", null, "A barn burned down on Tuesday near the river.")).isEmpty();
    }

    @Test
    void theStoryTakesTheDayMostLeadsGiveADayEitherSideAgreeing() {
        List<Event> leads = new ArrayList<>();
        lead("a1", "2024-03-05", "A barn burned down on Monday near the river.").ifPresent(leads::add);
        lead("a2", "2024-03-05", "A barn burned down late on March 5, 2024 near the river.").ifPresent(leads::add);
        lead("a3", "2024-03-09", "A man was charged on Friday with setting the fire.").ifPresent(leads::add);
        Optional<EventDay> day = LEADS.story(leads);
        assertThat(day).map(EventDay::date).contains(LocalDate.of(2024, 3, 4));
        assertThat(day.orElseThrow().articleIds()).containsExactly("a1", "a2");
        assertThat(LEADS.story(List.of())).isEmpty();
    }
}
