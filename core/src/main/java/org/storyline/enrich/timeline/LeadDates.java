package org.storyline.enrich.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When the event happened: news prose dates what happened in its lead ("A boy was shot Friday night ..."),
 * and what follows in the body is often earlier or later news (an arrest, a hearing, an earlier case).
 *
 * <pre>{@code
 * LeadDates leads = new LeadDates(new SentenceSplitter());
 * leads.article(text, eventsOfThatArticle)  // the earliest day the first three sentences give
 * leads.story(perArticle)                   // the day most articles give, a day either side counted with it
 * }</pre>
 *
 * <p>An article's answer is the earliest day-precise, non-background date of its first {@link #LEAD}
 * sentences (in a lead, a later date is the follow-up: "charged Sunday in Friday's shooting"); an article
 * whose lead dates nothing gives none. Thread-safe.
 */
public final class LeadDates {

    /** The sentences of a news lead. */
    static final int LEAD = 3;

    private final SentenceSplitter sentences;

    public LeadDates(SentenceSplitter sentences) {
        this.sentences = Objects.requireNonNull(sentences, "sentences");
    }

    /** The day the article's lead gives its event, from the events extracted from its text. */
    public Optional<Event> article(String text, List<Event> events) {
        List<String> lead = sentences.split(text == null ? "" : text).stream().limit(LEAD).toList();
        return events.stream().filter(e -> !e.background() && e.precision() == Precision.DAY)
                .filter(e -> lead.stream().anyMatch(s -> s.contains(e.sentence()) || e.sentence().contains(s)))
                .min(Comparator.comparing(Event::date));
    }

    /** The day most articles' leads give (a day either side agrees), ties to the earlier; empty when none. */
    public Optional<EventDay> story(List<Event> perArticle) {
        EventDay best = null;
        int most = 0;
        List<Event> sorted = perArticle.stream().sorted(Comparator.comparing(Event::date)).toList();
        for (Event e : sorted) {
            List<String> agree = new ArrayList<>();
            for (Event other : sorted) {
                if (Math.abs(other.date().toEpochDay() - e.date().toEpochDay()) <= 1
                        && !agree.contains(other.articleId())) {
                    agree.add(other.articleId());
                }
            }
            if (agree.size() > most) {
                most = agree.size();
                best = new EventDay(e.date(), agree, e.sentence());
            }
        }
        return Optional.ofNullable(best);
    }
}
