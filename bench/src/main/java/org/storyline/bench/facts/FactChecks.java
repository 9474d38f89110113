package org.storyline.bench.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of one incident's record against what a story (or an article) states, as a reader would read
 * the page: the leading event's date, the leading place, the leading count; and whether the record's value
 * is stated at all (recall).
 */
final class FactChecks {

    /** PLACE: the stated place whatever its level (a county counts against it); CITY: the stated place when a town. */
    enum Fact { DATE, CITY, PLACE, KILLED, INJURED, PEOPLE }

    /** One check: eligible for recall, found; stated a value, and that value right. */
    record Outcome(boolean eligible, boolean found, boolean stated, boolean correct) {}

    private static final Pattern NUMBER = Pattern.compile("(\\d+)");
    /**
     * Whether precision reads the timeline event most articles date and the place entity most articles name, as
     * before the analysis stated the event's day and place.
     */
    static final boolean LEADING_ENTITY = Boolean.getBoolean("facts.leadingEntity");

    private FactChecks() {
    }

    static Outcome date(LabelledSet.Incident incident, Exported.Statements s) {
        List<Map<String, Object>> days = s.events().stream().filter(e -> "day".equals(e.get("precision"))).toList();
        boolean found = days.stream().anyMatch(e -> near(e, incident.date()));
        if (!LEADING_ENTITY) { // the day the page states the event happened
            return new Outcome(true, found, s.day() != null, s.day() != null
                    && Math.abs(s.day().toEpochDay() - incident.date().toEpochDay()) <= 1);
        }
        Map<String, Object> leading = days.stream().max(Comparator.comparingInt((Map<String, Object> e) ->
                ((List<?>) e.get("articles")).size()).thenComparing(e -> (String) e.get("date"),
                Comparator.reverseOrder())).orElse(null);
        return new Outcome(true, found, leading != null, leading != null && near(leading, incident.date()));
    }

    private static boolean near(Map<String, Object> event, LocalDate day) {
        LocalDate d = LocalDate.parse((String) event.get("date"));
        return Math.abs(d.toEpochDay() - day.toEpochDay()) <= 1;
    }

    /**
     * The city check. {@code text} is the article's (per article) or null (per story); {@code read} is what a
     * reader reads first to last (the article, or the story's articles oldest first): among the places most
     * articles name, the one named first leads.
     */
    static Outcome city(LabelledSet.Incident incident, Exported.Statements s, String state, String text, String read) {
        Outcome any = place(incident, s, state, text, read);
        boolean town = LEADING_ENTITY || s.placeIsTown();
        return new Outcome(any.eligible(), any.found(), any.stated() && town, any.correct() && town);
    }

    static Outcome place(LabelledSet.Incident incident, Exported.Statements s, String state, String text, String read) {
        List<String> variants = cityNames(incident.city());
        boolean eligible = text == null || variants.stream().anyMatch(v -> containsWord(text, v));
        List<Map<String, Object>> places = places(s, state);
        boolean found = places.stream().anyMatch(e -> matches(e, variants));
        if (!LEADING_ENTITY) { // the place the page states as where the event happened
            return new Outcome(eligible, found, s.place() != null, s.place() != null
                    && matches(Map.of("name", s.place(), "aliases", List.of()), variants));
        }
        Map<String, Object> leading = leadingPlace(s, state, read);
        return new Outcome(eligible, found, leading != null, leading != null && matches(leading, variants));
    }

    private static List<Map<String, Object>> places(Exported.Statements s, String state) {
        return s.entities().stream().filter(e -> "place".equals(e.get("type")))
                .filter(e -> !names(e).contains(state.toLowerCase(Locale.ROOT))).toList();
    }

    /** Among the places most articles name other than the state, the one named first in {@code read}. */
    static Map<String, Object> leadingPlace(Exported.Statements s, String state, String read) {
        return places(s, state).stream().max(Comparator.comparingInt((Map<String, Object> e) ->
                ((List<?>) e.get("articles")).size()).thenComparing(e -> -firstAt(read, e))).orElse(null);
    }

    static Outcome count(int record, String verb, Exported.Statements s) {
        List<long[]> values = new ArrayList<>(); // value, articles
        for (Map<String, Object> c : s.claims()) {
            if (!"count".equals(c.get("kind")) || !((String) c.get("subject")).endsWith(verb)) {
                continue;
            }
            for (Object o : (List<?>) c.get("values")) {
                Map<?, ?> v = (Map<?, ?>) o;
                Matcher m = NUMBER.matcher((String) v.get("value"));
                if (m.find()) {
                    values.add(new long[] {Long.parseLong(m.group(1)), ((List<?>) v.get("articles")).size()});
                }
            }
        }
        boolean found = values.stream().anyMatch(v -> v[0] == record);
        if (!LEADING_ENTITY) { // the toll the page states for the event
            Long stated = s.tolls().get(verb.startsWith("killed") ? "killed" : "injured");
            return new Outcome(record > 0, found, stated != null, stated != null && stated == record);
        }
        long[] leading = values.stream().max(Comparator.comparingLong((long[] v) -> v[1])
                .thenComparingLong(v -> v[0])).orElse(null);
        return new Outcome(record > 0, found, leading != null, leading != null && leading[0] == record);
    }

    /** One outcome per named participant: a person entity carries the surname. */
    static List<Outcome> people(LabelledSet.Incident incident, Exported.Statements s, String text) {
        List<Outcome> out = new ArrayList<>();
        for (LabelledSet.Person p : incident.people()) {
            if (!p.named()) {
                continue;
            }
            String surname = p.surname();
            boolean eligible = text == null || containsWord(text, surname);
            boolean found = s.entities().stream().filter(e -> "person".equals(e.get("type")))
                    .anyMatch(e -> names(e).stream().anyMatch(n -> containsWord(n, surname)));
            out.add(new Outcome(eligible, found, false, false));
        }
        return out;
    }

    private static int firstAt(String read, Map<String, Object> entity) {
        int at = Integer.MAX_VALUE;
        for (String n : names(entity)) {
            int i = read == null ? -1 : read.toLowerCase(Locale.ROOT).indexOf(n);
            at = i >= 0 ? Math.min(at, i) : at;
        }
        return at;
    }

    private static List<String> cityNames(String city) {
        List<String> out = new ArrayList<>();
        for (String part : city.split("[()]")) {
            if (!part.isBlank()) {
                out.add(saint(part.strip().toLowerCase(Locale.ROOT)));
            }
        }
        return out;
    }

    private static boolean matches(Map<String, Object> entity, List<String> variants) {
        return names(entity).stream().anyMatch(n -> variants.stream().anyMatch(v -> n.equals(v)
                || n.equals(v + " city") || n.startsWith(v + ",")));
    }

    private static List<String> names(Map<String, Object> entity) {
        List<String> out = new ArrayList<>();
        out.add(saint(((String) entity.get("name")).toLowerCase(Locale.ROOT)));
        ((List<?>) entity.get("aliases")).forEach(a -> out.add(saint(((String) a).toLowerCase(Locale.ROOT))));
        return out;
    }

    /** The record writes "Saint Louis" where the articles write "St. Louis". */
    private static String saint(String name) {
        return name.replaceAll("^st\\.?\\s+", "saint ").replaceAll("^ft\\.?\\s+", "fort ");
    }

    static boolean containsWord(String text, String word) {
        return Pattern.compile("(?i)(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])").matcher(text).find();
    }
}
