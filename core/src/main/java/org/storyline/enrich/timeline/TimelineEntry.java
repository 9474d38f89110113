package org.storyline.enrich.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One event of a story's timeline with every article that reports it.
 *
 * <pre>{@code
 * TimelineEntry[date=2025-06-30, precision=DAY, description=masked police stormed the offices of Sputnik
 *               Azerbaijan, articleIds=[seed001-ap, seed001-dw], events=[...]]
 * }</pre>
 *
 * @param date        first day of the most precise date any report gave
 * @param precision   that report's precision
 * @param description the description of the most precisely dated report
 * @param articleIds  the reporting articles, each once, in order of first report
 * @param events      the merged reports
 */
public record TimelineEntry(LocalDate date, Precision precision, String description, List<String> articleIds,
                            List<Event> events) {

    public TimelineEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        articleIds = List.copyOf(articleIds);
        events = List.copyOf(events);
    }

    /** True when every merged report only gave the start of a state ("since 2001"). */
    public boolean background() {
        return events.stream().allMatch(Event::background);
    }
}
