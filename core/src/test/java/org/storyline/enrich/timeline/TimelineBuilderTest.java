package org.storyline.enrich.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Published;

class TimelineBuilderTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor(new SentenceSplitter());

    private static List<TimelineEntry> seedTimeline() {
        List<Event> events = new ArrayList<>();
        for (SeedCorpus.Item item : SeedCorpus.read().rift()) {
            events.addAll(EXTRACTOR.extract(item.id(), item.text(), item.published()));
        }
        return new TimelineBuilder().build(events);
    }

    private static TimelineEntry entry(List<TimelineEntry> timeline, String date, String word) {
        return timeline.stream()
                .filter(t -> t.date().equals(LocalDate.parse(t.date().toString())) && t.date().toString().equals(date))
                .filter(t -> t.events().stream().anyMatch(e -> e.sentence().contains(word)))
                .findFirst().orElseThrow(() -> new AssertionError("no entry " + date + " " + word + " in " + timeline));
    }

    @Test
    void seedTimelineHasTheStorysKeyEventsWithTheirSources() {
        List<TimelineEntry> timeline = seedTimeline();
        timeline.forEach(t -> System.out.println("timeline " + t.date() + " " + t.precision() + " "
                + t.articleIds() + " | " + t.description()));
        TimelineEntry crash = entry(timeline, "2024-12-25", "plane");
        assertEquals(Precision.DAY, crash.precision());
        assertTrue(crash.articleIds().containsAll(List.of("seed001-dw", "seed001-ap", "seed002-main", "seed003-main")),
                crash::toString);
        TimelineEntry raid = entry(timeline, "2025-06-27", "Yekaterinburg");
        assertTrue(raid.articleIds().containsAll(List.of("seed001-aljazeera", "seed001-dw", "seed001-ap")),
                raid::toString);
        TimelineEntry sputnik = entry(timeline, "2025-06-30", "Sputnik");
        assertTrue(sputnik.articleIds().containsAll(List.of("seed001-dw", "seed001-ap", "seed001-wfp-ap-copy")),
                sputnik::toString);
        assertTrue(sputnik.events().stream().anyMatch(e -> e.expression().equals("On Monday") && e.relative()));
        TimelineEntry china = entry(timeline, "2025-09-03", "greeted");
        assertEquals(List.of("seed003-main"), china.articleIds());
    }

    @Test
    void timelineIsChronological() {
        List<TimelineEntry> timeline = seedTimeline();
        for (int i = 1; i < timeline.size(); i++) {
            assertTrue(!timeline.get(i).date().isBefore(timeline.get(i - 1).date()));
        }
    }

    @Test
    void vaguerReportJoinsThePreciseOne() {
        Published july = Published.ofDate(LocalDate.of(2025, 7, 3));
        List<Event> events = new ArrayList<>();
        events.addAll(EXTRACTOR.extract("dw", "On December 25, 2024, an Azerbaijani passenger plane crashed near Aktau.", july));
        events.addAll(EXTRACTOR.extract("ap", "Ties soured after the December crash of an Azerbaijani passenger plane.", july));
        events.addAll(EXTRACTOR.extract("x", "Parliament passed a budget law in December.", july));
        List<TimelineEntry> timeline = new TimelineBuilder().build(events);
        assertEquals(2, timeline.size(), timeline::toString);
        TimelineEntry crash = timeline.get(1);
        assertEquals(LocalDate.of(2024, 12, 25), crash.date());
        assertEquals(List.of("dw", "ap"), crash.articleIds());
    }

    @Test
    void incompatibleDatesNeverMerge() {
        Published july = Published.ofDate(LocalDate.of(2025, 7, 3));
        List<Event> events = new ArrayList<>();
        events.addAll(EXTRACTOR.extract("a", "On June 27, police raided homes in Yekaterinburg.", july));
        events.addAll(EXTRACTOR.extract("b", "On June 30, police raided homes in Yekaterinburg.", july));
        assertEquals(2, new TimelineBuilder().build(events).size());
    }

    @Test
    void anEntryIsNamedByAReportThatSaysItOnItsOwn() {
        LocalDate day = LocalDate.of(2025, 7, 7);
        Event leaning = new Event(day, Precision.DAY, true, false,
                "Speaking to reporters, she stressed that friendly ties between the two countries remain essential",
                "Speaking to reporters on Monday, she stressed that friendly ties between the two countries remain essential.",
                "on Monday", "a");
        Event named = new Event(day, Precision.DAY, true, false,
                "Zakharova stressed that friendly ties between the two countries remain essential",
                "On Monday, Zakharova stressed that friendly ties between the two countries remain essential.",
                "On Monday", "b");
        List<TimelineEntry> timeline = new TimelineBuilder().build(List.of(leaning, named));
        assertEquals(1, timeline.size(), timeline::toString);
        assertEquals(named.description(), timeline.get(0).description());
        assertEquals(List.of("a", "b"), timeline.get(0).articleIds());
        // alone, the report that leans on its article still names its entry: there is nothing better to show
        assertEquals(leaning.description(), new TimelineBuilder().build(List.of(leaning)).get(0).description());
    }
}
