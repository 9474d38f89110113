package org.storyline.enrich.timeline;

import java.time.LocalDate;

/**
 * A date expression found in a sentence and resolved to a calendar period.
 *
 * @param start      offset of the first character of the expression in the sentence
 * @param end        offset just past it
 * @param date       first day of the period
 * @param precision  length of the period
 * @param relative   true when the article's date was needed to resolve it
 * @param background true when it starts a state ("since 2001") instead of dating a happening
 */
record DateMention(int start, int end, LocalDate date, Precision precision, boolean relative, boolean background) {
}
