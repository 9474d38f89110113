package org.storyline.enrich.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How many died and how many were hurt in the event an article reports, as the story's articles give it: the
 * toll a reader takes from the page, set apart from the counts of other events the articles recall.
 *
 * <pre>{@code
 * // article of 25 May: "... charged in the May 11 fatal shooting death of their granddaughter" (1 killed)
 * //                     "And on April 24, a 4-year-old boy was shot and injured ..." (another shooting)
 * EventTolls.of(claims)   // [Toll[KILLED, 1, ...]]: the boy of April 24 is not one of this event's injured
 * }</pre>
 *
 * <p>An article's event is the one its first count of the dead or hurt is about (news prose leads with it; a
 * follow-up leads with the arrest, and the death it recalls is still its event). A later count is of another
 * event when the date its sentence names ends more than {@link #BEFORE_FIRST_DAYS} before the first count's
 * date ("on April 24" after "the May 11 shooting"), or, when the first count names no date and so holds at
 * the report, more than {@link #BEFORE_REPORT_DAYS} before the report ("in August 2014"). An article's toll
 * is the largest count of each kind left (later sentences retell the same people); the story's is the value
 * most articles give. A tie of the dead goes to the larger (the dead only grow in number; a smaller figure
 * after it mostly retells part of them); a tie of the injured to the one reported latest (the injured grow as
 * more are found and shrink as some die). Counts of parts
 * ("two others") are left to the whole.
 */
public final class EventTolls {

    /** A count dated this many days before the article's first count is about an earlier event. */
    static final int BEFORE_FIRST_DAYS = 3;
    /**
     * A count dated this many days before the report whose first count names no date is about an earlier
     * event: local news reports an incident within a week or so.
     */
    static final int BEFORE_REPORT_DAYS = 10;

    /**
     * The stated toll of the event.
     *
     * @param subject    KILLED or INJURED
     * @param value      the count
     * @param qualifier  its hedge ("at least")
     * @param articleIds the articles that give it, in order of first
     * @param sentence   the first of their sentences that gives it
     */
    public record Toll(Subject subject, long value, Qualifier qualifier, List<String> articleIds, String sentence) {

        public Toll {
            articleIds = List.copyOf(articleIds);
        }

        /** "at least 3", "2". */
        public String label() {
            return new ClaimValue(value, qualifier, articleIds, List.of()).label();
        }
    }

    private EventTolls() {
    }

    /** The killed and injured tolls of the event, each when an article gives one; {@code claims} in text order. */
    public static List<Toll> of(List<NumericClaim> claims) {
        return of(claims, claims);
    }

    /**
     * As {@link #of(List)} for the claims that still stand ({@code standing}: without the hurt a later report
     * says died, {@link Tolls}), with all the story's claims ({@code all}) telling which report of the hurt
     * came last before a report of a death ({@link TollUpdate}).
     */
    public static List<Toll> of(List<NumericClaim> standing, List<NumericClaim> all) {
        Optional<Toll> killed = toll(Subject.KILLED, largest(standing, Subject.KILLED));
        Optional<Toll> injured = toll(Subject.INJURED, largest(standing, Subject.INJURED));
        Optional<TollUpdate.Update> update = TollUpdate.find(all, largest(all, Subject.KILLED),
                largest(all, Subject.INJURED));
        if (update.isPresent()) {
            TollUpdate.Update u = update.get();
            if (killed.isEmpty() || killed.get().value() < u.killed()) {
                killed = Optional.of(new Toll(Subject.KILLED, u.killed(), Qualifier.EXACT, u.articleIds(), u.sentence()));
            }
            injured = u.injured() == 0 ? Optional.empty() : Optional.of(new Toll(Subject.INJURED, u.injured(),
                    Qualifier.EXACT, u.articleIds(), u.sentence()));
        }
        List<Toll> out = new ArrayList<>();
        killed.ifPresent(out::add);
        injured.ifPresent(out::add);
        return out;
    }

    /** Each article's largest whole count of {@code subject} about its event, by article. */
    private static Map<String, NumericClaim> largest(List<NumericClaim> claims, Subject subject) {
        Map<String, NumericClaim> first = new LinkedHashMap<>();
        claims.stream().filter(c -> c.subject().toll() && !c.partial()).forEach(c -> first.putIfAbsent(c.articleId(), c));
        Map<String, NumericClaim> out = new LinkedHashMap<>();
        for (NumericClaim c : claims) {
            if (c.subject() == subject && !c.partial() && sameEvent(c, first.get(c.articleId()))) {
                out.merge(c.articleId(), c, (a, b) -> b.value() > a.value() ? b : a);
            }
        }
        return out;
    }

    /** Whether a count is of the event of its article's first count, not of an earlier one it recalls. */
    static boolean sameEvent(NumericClaim c, NumericClaim first) {
        if (c == first || c.day() == null) {
            return true;
        }
        LocalDate last = c.precision().end(c.day());
        if (first.day() != null) {
            return !last.isBefore(first.day().minusDays(BEFORE_FIRST_DAYS));
        }
        return first.reported() == null || !last.isBefore(first.reported().minusDays(BEFORE_REPORT_DAYS));
    }
    private static Optional<Toll> toll(Subject subject, Map<String, NumericClaim> perArticle) {
        Map<String, List<NumericClaim>> byValue = new LinkedHashMap<>();
        perArticle.values().forEach(c -> byValue.computeIfAbsent(c.qualifier() + " " + c.value(),
                k -> new ArrayList<>()).add(c));
        Comparator<List<NumericClaim>> larger = Comparator.comparingLong(same -> same.get(0).value());
        Comparator<List<NumericClaim>> later = Comparator.comparing(EventTolls::latest,
                Comparator.nullsFirst(Comparator.naturalOrder()));
        Comparator<List<NumericClaim>> rank = Comparator.comparingInt((List<NumericClaim> same) -> same.size())
                .thenComparing(subject == Subject.KILLED ? larger.thenComparing(later) : later.thenComparing(larger));
        return byValue.values().stream().max(rank).map(same -> new Toll(subject, same.get(0).value(),
                same.get(0).qualifier(), same.stream().map(NumericClaim::articleId).toList(), same.get(0).sentence()));
    }

    private static LocalDate latest(List<NumericClaim> same) {
        return same.stream().map(c -> c.day() != null ? c.day() : c.reported()).filter(d -> d != null)
                .max(Comparator.naturalOrder()).orElse(null);
    }
}
