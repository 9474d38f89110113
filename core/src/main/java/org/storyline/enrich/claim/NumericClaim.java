package org.storyline.enrich.claim;

import java.time.LocalDate;
import java.util.Objects;
import org.storyline.enrich.timeline.Precision;

/**
 * A count of people that one article states, and when it holds.
 *
 * <pre>{@code
 * // "About 50 people were detained, several were reportedly injured." (an article of 28 June 2025)
 * NumericClaim[subject=DETAINED, value=50, qualifier=ABOUT, noun=people, partial=false, phrase=About 50 people,
 *              sentence=..., day=null, precision=null, reported=2025-06-28]
 * }</pre>
 *
 * @param articleId the article
 * @param subject   what the people were counted for
 * @param value     the count
 * @param qualifier its hedge
 * @param noun      the counted noun as written, lower case ("people", "journalists")
 * @param partial   true when the count is of a part ("five others", "Five of the six"), not of the whole
 * @param phrase    the words of the count ("at least ten Russian nationals")
 * @param sentence  the sentence, also what tells apart claims about different events
 * @param day       the date its sentence names for it ("on Monday", "in December"), or null
 * @param precision how much of {@code day} is known (null with it)
 * @param reported  when it was reported: the article's date, else the latest date an undated article names,
 *                  or null
 */
public record NumericClaim(String articleId, Subject subject, long value, Qualifier qualifier, String noun,
                           boolean partial, String phrase, String sentence, LocalDate day, Precision precision,
                           LocalDate reported) {

    /** Days apart that two counts of one thing may be and still be the same moment (a late edition). */
    static final int SAME_TIME_DAYS = 1;
    /**
     * Reports this far apart are of different moments even without dates in their sentences: a count written a
     * month after a dated one is about the state at its own writing ("the 13 Russians who are detained").
     */
    static final int LONG_APART_DAYS = 30;

    public NumericClaim {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(noun, "noun");
        if (day == null) {
            precision = null;
        } else {
            Objects.requireNonNull(precision, "precision");
        }
    }

    /** A count whose time is not known. */
    public NumericClaim(String articleId, Subject subject, long value, Qualifier qualifier, String noun,
                        boolean partial, String phrase, String sentence) {
        this(articleId, subject, value, qualifier, noun, partial, phrase, sentence, null, null, null);
    }

    /** True when no count could satisfy both claims, hedges included. */
    public boolean contradicts(NumericClaim other) {
        return qualifier.high(value) < other.qualifier.low(other.value)
                || other.qualifier.high(other.value) < qualifier.low(value);
    }

    /**
     * False when the two counts hold at clearly different times, true when they hold at the same time or it
     * cannot be told. Different: their sentences name different days (or periods that do not meet); their
     * reports are more than {@link #LONG_APART_DAYS} apart; or a toll (killed, injured, missing) grew from an
     * earlier report to a later one ("two dead" on Monday, "three dead" on Wednesday).
     */
    public boolean sameTime(NumericClaim other) {
        if (day != null && other.day != null) {
            if (precision == Precision.DAY && other.precision == Precision.DAY) {
                return Math.abs(day.toEpochDay() - other.day.toEpochDay()) <= SAME_TIME_DAYS;
            }
            return within(this, other) || within(other, this);
        }
        LocalDate a = day != null ? day : reported;
        LocalDate b = other.day != null ? other.day : other.reported;
        if (a == null || b == null) {
            return true;
        }
        long gap = Math.abs(a.toEpochDay() - b.toEpochDay());
        if (gap > LONG_APART_DAYS) {
            return false;
        }
        boolean grew = a.isBefore(b) ? value < other.value : other.value < value;
        return !(subject.toll() && gap > SAME_TIME_DAYS && grew);
    }

    /** True when {@code b}'s day lies in the period {@code a} names (its week, month or year). */
    private static boolean within(NumericClaim a, NumericClaim b) {
        LocalDate end = switch (a.precision) {
            case DAY -> a.day.plusDays(SAME_TIME_DAYS);
            case WEEK -> a.day.plusDays(6);
            case MONTH -> a.day.plusMonths(1).minusDays(1);
            case YEAR -> a.day.plusYears(1).minusDays(1);
        };
        return !b.day.isBefore(a.day.minusDays(SAME_TIME_DAYS)) && !b.day.isAfter(end);
    }

    /** The same count with its times. */
    NumericClaim at(LocalDate named, Precision p, LocalDate reportedOn) {
        return new NumericClaim(articleId, subject, value, qualifier, noun, partial, phrase, sentence, named, p,
                reportedOn);
    }

    /** The same count as a whole, not a part. */
    NumericClaim whole() {
        return new NumericClaim(articleId, subject, value, qualifier, noun, false, phrase, sentence, day, precision,
                reported);
    }
}
