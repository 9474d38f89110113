package org.storyline.enrich.timeline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated happening as one article states it.
 *
 * <pre>{@code
 * // AP, 1 July 2025: "On Monday, masked police stormed the offices of Sputnik Azerbaijan."
 * new Event(LocalDate.of(2025, 6, 30), Precision.DAY, true, false,
 *           "masked police stormed the offices of Sputnik Azerbaijan", "On Monday, ...", "On Monday", "ap-1")
 * }</pre>
 *
 * @param date        first day of the period the text names (the day, the month's first day, ...)
 * @param precision   how much of the date the text gave
 * @param relative    true when resolved from a relative expression against the article's date
 * @param background  true for a starting point of a state ("since 2001") rather than a happening
 * @param description the clause that carries the date, at most about 25 words, without the date words
 * @param sentence    the whole sentence
 * @param expression  the date words as written ("On Monday", "December 25, 2024")
 * @param articleId   the article that states it
 */
public record Event(LocalDate date, Precision precision, boolean relative, boolean background,
                    String description, String sentence, String expression, String articleId) {

    public Event {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(articleId, "articleId");
    }

    /** The last day of the period this event's date covers. */
    public LocalDate lastDay() {
        return precision.end(date);
    }
}
