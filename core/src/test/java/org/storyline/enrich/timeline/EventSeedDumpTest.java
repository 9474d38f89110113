package org.storyline.enrich.timeline;

import org.junit.jupiter.api.Test;

class EventSeedDumpTest {
    @Test
    void dump() {
        EventExtractor x = new EventExtractor(new SentenceSplitter());
        java.util.List<Event> all = new java.util.ArrayList<>();
        for (SeedCorpus.Item i : SeedCorpus.read().rift()) {
            for (Event e : x.extract(i.id(), i.text(), i.published())) {
                all.add(e);
                System.out.println(i.id() + " | " + e.date() + " " + e.precision() + (e.relative() ? " R" : "") + (e.background() ? " BG" : "") + " | " + e.expression() + " | " + e.description());
            }
        }
        for (TimelineEntry t : new TimelineBuilder().build(all)) {
            System.out.println("T " + t.date() + " " + t.precision() + " " + t.articleIds() + " | " + t.description());
        }
    }
}
