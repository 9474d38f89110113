package org.storyline.enrich.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How much of an event's date the text gave: a day, a week ("last week"), a month or only a year. */
public enum Precision {
    DAY, WEEK, MONTH, YEAR;

    /** The last day of the period that starts at {@code start} with this precision. */
    public LocalDate end(LocalDate start) {
        return switch (this) {
            case DAY -> start;
            case WEEK -> start.plus(6, ChronoUnit.DAYS);
            case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
            case YEAR -> start.withDayOfYear(start.lengthOfYear());
        };
    }
}
