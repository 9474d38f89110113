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
    void aFollowUpsLeadGivesWayToTheHappeningsOwnDateFurtherOn() {
        // a Friday article, 2024-03-15: the lead dates a court appearance, the fourth sentence the fire itself
        Optional<Event> e = lead("a", "2024-03-15", "A farmhand accused of setting a barn ablaze was back in court "
                + "Thursday. The judge delayed the case. His lawyer said he would plead not guilty. "
                + "He is accused of setting the fire that burned the Hollin barn on the night of March 2.");
        assertThat(e).map(Event::date).contains(LocalDate.of(2024, 3, 2));
        // said in a statement on a day: a follow-up, although the sentence names the deaths it is about
        Optional<Event> s = lead("b", "2024-03-15", "Officials said in a statement Wednesday that a driver is charged "
                + "in the deaths of two cyclists. The cyclists were riding home. They were struck Sunday evening.");
        assertThat(s).map(Event::date).contains(LocalDate.of(2024, 3, 10));
    }

    @Test
    void aFollowUpsLeadStandsWhenNothingFurtherOnDatesTheHappening() {
        // the later date is the hearing's (a follow-up), and a later happening is no earlier event
        Optional<Event> e = lead("a", "2024-03-15", "A farmhand accused of arson appeared in court Thursday. "
                + "His next hearing is set for March 28. The barn burned down last week.");
        assertThat(e).map(Event::date).contains(LocalDate.of(2024, 3, 14));
        // a lead that dates the happening is kept even when a follow-up is dated earlier further on
        Optional<Event> h = lead("b", "2024-03-15", "A barn burned down on Thursday near the river. Nobody was hurt. "
                + "Crews left at dawn. A neighbour had been arrested on Monday for a smaller fire.");
        assertThat(h).map(Event::date).contains(LocalDate.of(2024, 3, 14));
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
