package org.storyline.enrich.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the events that several articles report into one timeline, sorted by date.
 *
 * <pre>{@code
 * List<TimelineEntry> timeline = new TimelineBuilder().build(events);
 * }</pre>
 *
 * <p>Two reports are one event when their dates are compatible (one period contains the other: "last
 * week" holds "June 27", "2024" holds "December 2024") and the new report's sentence shares enough rare content words
 * with the sentence of some report already in the entry,
 * each word weighted by its rarity among all reports' sentences (inverse document frequency), so that the story's
 * ever-present words ("Azerbaijan", "Russia") count for little and "Sputnik" or "crash" for much. Reports
 * are placed most precise first, so a vague "late last year" joins the entry "December 25, 2024" made.
 */
public final class TimelineBuilder {

    /**
     * Shared rarity needed on the same day. A word of one report weighs 1; among sixty reports a word of
     * every third weighs ln 4 / ln 61 ≈ 0.34. One day of one story is usually one event, so one rare word or
     * two fairly common ones suffice.
     */
    static final double SAME_DAY_THRESHOLD = 0.68;
    /** Shared rarity needed when only the periods are compatible: about three fairly rare words. */
    static final double COMPATIBLE_THRESHOLD = 1.45;

    private final ContentWords words = new ContentWords();

    /** The timeline of {@code events}: one entry per distinct event, earliest first. */
    public List<TimelineEntry> build(List<Event> events) {
        Map<Event, Set<String>> bags = new HashMap<>();
        for (Event e : events) {
            bags.put(e, words.of(e.sentence()));
        }
        Map<String, Double> idf = inverseFrequencies(bags.values());
        List<Event> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing(Event::precision).thenComparing(Event::background));
        List<Group> groups = new ArrayList<>();
        for (Event e : ordered) {
            Group best = best(groups, e, bags, idf);
            if (best == null) {
                groups.add(new Group(e, bags.get(e), words.of(e.description())));
            } else {
                best.add(e, bags.get(e), words.of(e.description()));
            }
        }
        return groups.stream().map(Group::entry)
                .sorted(Comparator.comparing(TimelineEntry::date).thenComparing(TimelineEntry::precision))
                .toList();
    }

    private static Group best(List<Group> groups, Event e, Map<Event, Set<String>> bags, Map<String, Double> idf) {
        Group best = null;
        double bestScore = 0;
        for (Group g : groups) {
            if (!compatible(g.first, e)) {
                continue;
            }
            // against the words that name the entry, not any member's whole sentence: chains of loosely alike
            // reports on one day once credited an ambassador's protest to outlets that only reported arrests
            double score = overlap(g.named, bags.get(e), idf);
            boolean sameDay = g.first.precision() == Precision.DAY && e.precision() == Precision.DAY;
            double needed = sameDay ? SAME_DAY_THRESHOLD : COMPATIBLE_THRESHOLD;
            if (score >= needed && score > bestScore) {
                best = g;
                bestScore = score;
            }
        }
        return best;
    }

    /** One period contains the other. */
    static boolean compatible(Event a, Event b) {
        boolean aInB = !a.date().isBefore(b.date()) && !a.lastDay().isAfter(b.lastDay());
        boolean bInA = !b.date().isBefore(a.date()) && !b.lastDay().isAfter(a.lastDay());
        return aInB || bInA;
    }

    /**
     * The summed rarity of the shared words. Not a ratio: a passing mention ("since the December crash of
     * a passenger jet") of an event another article tells at length shares few of the long sentence's
     * words, but the few it shares ("crash", "passenger", "jet") are rare in the story.
     */
    static double overlap(Set<String> a, Set<String> b, Map<String, Double> idf) {
        double shared = 0;
        for (String w : a) {
            shared += b.contains(w) ? idf.getOrDefault(w, 1.0) : 0;
        }
        return shared;
    }

    private static Map<String, Double> inverseFrequencies(java.util.Collection<Set<String>> bags) {
        Map<String, Integer> df = new HashMap<>();
        for (Set<String> bag : bags) {
            bag.forEach(w -> df.merge(w, 1, Integer::sum));
        }
        Map<String, Double> idf = new HashMap<>();
        // scaled so a word of one report weighs 1 whatever the number of reports
        double top = Math.log(1.0 + bags.size());
        df.forEach((w, n) -> idf.put(w, Math.log(1.0 + (double) bags.size() / n) / top));
        return idf;
    }

    /** A subject pronoun in the first words, or a quotation the description opens or cuts off inside. */
    private static final java.util.regex.Pattern LEANING = java.util.regex.Pattern.compile(
            "^(?:\\S+\\s+){0,5}?(?:he|she|they|He|She|They|It)\\s+\\p{Ll}|^['‘\"“]|…$");

    /** Reports merged so far; {@code first} is the most precise and names the entry. */
    private static final class Group {
        private final Event first;
        /** The words of its reports' descriptions (not whole sentences): what a report must share to join. */
        private final Set<String> named;
        private final List<Set<String>> bags = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();

        Group(Event first, Set<String> bag, Set<String> described) {
            this.first = first;
            this.named = new java.util.HashSet<>();
            add(first, bag, described);
        }

        void add(Event e, Set<String> bag, Set<String> described) {
            events.add(e);
            bags.add(bag);
            named.addAll(described);
        }

        TimelineEntry entry() {
            Set<String> ids = new LinkedHashSet<>();
            events.forEach(e -> ids.add(e.articleId()));
            return new TimelineEntry(first.date(), first.precision(), description(), List.copyOf(ids), events);
        }

        /**
         * The words the entry shows: the first report's, unless it leans on its article ("she stressed ...", a
         * quotation cut off) and another report as precise says it on its own ("Zakharova stressed ...").
         */
        private String description() {
            if (standsAlone(first.description())) {
                return first.description();
            }
            return events.stream().filter(e -> e.precision() == first.precision() && e.date().equals(first.date()))
                    .map(Event::description).filter(Group::standsAlone).findFirst().orElse(first.description());
        }

        private static boolean standsAlone(String description) {
            return !LEANING.matcher(description).find();
        }
    }
}
