package org.storyline.enrich.timeline;

import java.time.LocalDate;
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
 * whose lead dates nothing gives none. When that date is a follow-up's ("was back in court Thursday",
 * "said in a statement Monday", see {@link FollowUps}), the first earlier date of the first {@link #BODY}
 * sentences that dates a happening ("shot multiple times Friday morning") is the event's. Thread-safe.
 */
public final class LeadDates {

    /** The sentences of a news lead. */
    static final int LEAD = 3;
    /** The sentences a follow-up's lead is read on in, for the happening's own date. */
    static final int BODY = 8;

    private final SentenceSplitter sentences;

    public LeadDates(SentenceSplitter sentences) {
        this.sentences = Objects.requireNonNull(sentences, "sentences");
    }

    /** The day the article's lead gives its event, from the events extracted from its text. */
    public Optional<Event> article(String text, List<Event> events) {
        List<String> all = sentences.split(EventExtractor.withoutStamps(text));
        List<String> lead = all.stream().limit(LEAD).toList();
        Optional<Event> first = events.stream().filter(LeadDates::dated)
                .filter(e -> within(e, lead))
                .min(Comparator.comparing(Event::date));
        if (first.isEmpty() || FollowUps.of(first.get()) != FollowUps.Kind.FOLLOW_UP) {
            return first;
        }
        // "back in court Thursday": the lead dates a follow-up; the happening is dated a few sentences on
        // ("... shooting her brother the night of Dec. 7"), the first earlier date there that sits by one
        List<String> body = all.stream().limit(BODY).toList();
        LocalDate followUp = first.get().date();
        return events.stream().filter(LeadDates::dated)
                .filter(e -> e.date().isBefore(followUp) && within(e, body))
                .filter(e -> FollowUps.of(e) == FollowUps.Kind.HAPPENING)
                .findFirst().or(() -> first);
    }

    private static boolean dated(Event e) {
        return !e.background() && e.precision() == Precision.DAY;
    }

    private static boolean within(Event e, List<String> sentences) {
        return sentences.stream().anyMatch(s -> s.contains(e.sentence()) || e.sentence().contains(s));
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
