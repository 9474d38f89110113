package org.storyline.enrich.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.storyline.model.Published;

/**
 * Dated events from an article's sentences, relative dates resolved against the article's own date.
 *
 * <pre>{@code
 * new EventExtractor(new SentenceSplitter())
 *     .extract("ap-1", "On Monday, masked police stormed the offices of Sputnik Azerbaijan.",
 *              Published.ofDate(LocalDate.of(2025, 7, 1)))
 * // [Event[date=2025-06-30, precision=DAY, relative=true, description=masked police stormed the offices ...]]
 * }</pre>
 *
 * <p>Without a publication date only absolute dates ("December 25, 2024", "in 2022") are kept: resolving
 * "on Monday" against a guess would invent a precise-looking date. A date inside a quotation is the
 * speaker's, so it is kept; ages ("60-year-old") and durations ("25 years") never match a date pattern.
 */
public final class EventExtractor {

    /** A page's own time stamps: "Posted: ... 12:48 PM EST", "(Published Wednesday, Jan. 21, 2015)". */
    private static final java.util.regex.Pattern FURNITURE = java.util.regex.Pattern.compile("(?i)\\b(?:posted|updated|"
            + "published|last modified)\\b:?\\s*(?:on\\s+)?(?:\\w+,?\\s+){0,4}?\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:\\d{4}|\\d{1,2}:\\d{2})");

    /**
     * A page's time stamp opening a sentence or in brackets, however its date and time are ordered: "Last updated
     * at 10:39 a.m. on Sunday, Nov. 27", "(Published, Nov. 25, 2016)"; cut off before the text is split (the
     * splitter would end a sentence at "a.m."), the rest of its line is read.
     */
    private static final java.util.regex.Pattern STAMP = java.util.regex.Pattern.compile("(?im)(?:^|\\()\\s*(?:last\\s+)?"
            + "(?:posted|updated|published|modified)\\b[^()]{0,60}(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "[a-z]*\\.?\\s+\\d{1,2}\\b(?:,?\\s+\\d{4})?|\\b\\d{4}\\b|\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?)\\s*\\)?");

    private static final java.util.regex.Pattern PART_OF_DAY = java.util.regex.Pattern.compile(
            "\\s+(?:morning|afternoon|evening|night|overnight)\\b");
    private static final java.util.regex.Pattern FRAGMENT = java.util.regex.Pattern.compile(
            "(?i)(?:who|which|whom|whose|where|was|were|is|are|has|have|had)\\b");

    private final SentenceSplitter sentences;
    private final DateExpressions dates = new DateExpressions();
    private final Clauses clauses = new Clauses();

    public EventExtractor(SentenceSplitter sentences) {
        this.sentences = Objects.requireNonNull(sentences, "sentences");
    }

    /** Events in {@code text}, in text order; {@code articleDate} may be null. */
    public List<Event> extract(String articleId, String text, Published articleDate) {
        LocalDate anchor = articleDate == null ? LocalDate.MIN.plusYears(1) : articleDate.date();
        List<Event> out = new ArrayList<>();
        DateMention previous = null;
        for (String sentence : sentences.split(withoutStamps(text))) {
            if (FURNITURE.matcher(sentence).find() || org.storyline.enrich.Corrections.isCorrection(sentence)) {
                continue; // "Posted: Saturday, December 27, 2014 12:48 PM EST" dates the page, not a happening
            }
            for (DateMention d : dates.find(sentence, anchor, previous)) {
                if (d.relative() && articleDate == null) {
                    continue;
                }
                out.add(event(articleId, sentence, d));
                previous = d.background() ? previous : d;
            }
        }
        return out;
    }

    /** The text without the page's time stamps that open a line or sit in brackets. */
    static String withoutStamps(String text) {
        return text == null ? "" : STAMP.matcher(text).replaceAll(" ");
    }

    private Event event(String articleId, String sentence, DateMention d) {
        String expression = sentence.substring(d.start(), d.end());
        // "spoke Tuesday morning": the part of the day goes with the date, not into the description
        java.util.regex.Matcher partOfDay = PART_OF_DAY.matcher(sentence).region(d.end(), sentence.length());
        int end = partOfDay.lookingAt() ? partOfDay.end() : d.end();
        String when = clauses.whenClause(sentence, end);
        // "since December, when a jet was attacked" dates the attack, not the start of a state
        boolean background = d.background() && when == null;
        String description = when != null ? when : clauses.around(sentence, d.start(), end);
        if (FRAGMENT.matcher(description).lookingAt()) {
            // "who were arrested after ...", "were arrested last week during a raid" (the subject before an
            // appositive, "Several nationals, including journalists, were ..."): a clause with no subject of its
            // own; the sentence has
            String whole = (sentence.substring(0, d.start()) + " " + sentence.substring(end)).replaceAll("\\s+", " ");
            description = Clauses.clip(whole.replaceAll(" ([,.;:])", "$1"));
        }
        if (description.isBlank()) {
            description = Clauses.clip(sentence);
        }
        return new Event(d.date(), d.precision(), d.relative(), background, description, sentence,
                expression, articleId);
    }
}
