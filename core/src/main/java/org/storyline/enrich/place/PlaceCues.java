package org.storyline.enrich.place;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.storyline.enrich.entity.Cues;
import org.storyline.enrich.entity.Sentence;

/**
 * How strongly one mention of a place says "the event happened here", from where it stands in the article:
 * the dateline and "in <place>" in the lead say it most; "<place> police" less; a place anywhere else little;
 * a hospital's town or where someone was taken nearly nothing.
 */
final class PlaceCues {

    /** Sentences that make the lead, where news prose puts what happened, where and when. */
    static final int LEAD_SENTENCES = 3;
    static final double DATELINE = 3;
    static final double IN_LEAD = 4;
    static final double IN_LATER = 1.5;
    static final double BODY = 2;
    static final double OTHER = 0.5;

    private static final Set<String> IN = Set.of("in", "near", "outside", "inside");
    /** "in the city of Gary", "in the town of Montfort": the kind of place between the preposition and the name. */
    private static final Set<String> KINDS = Set.of("city", "town", "village", "community", "borough", "hamlet",
            "suburb", "neighborhood", "neighbourhood", "area");
    /** The parts of a town "on the ... side of" or "on the outskirts of" which the event happened. */
    private static final Set<String> SIDES = Set.of("side", "outskirts", "edge", "suburbs", "heart", "streets");
    /** Homes named after their town: "in a Gary apartment", "at their Gary home". */
    private static final Set<String> HOMES = Set.of("home", "house", "apartment", "residence", "condo", "townhouse");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "their", "his", "her", "its");
    /** Capitalised words after a town that make it the name of an institution or a building. */
    private static final Set<String> INSTITUTIONS = Set.of("elementary", "high", "middle", "school", "academy",
            "medical", "memorial", "university", "college", "hospital", "church", "regional", "general", "community",
            "court", "district", "jail", "courthouse");
    private static final Set<String> QUARTER_WORDS = Set.of("neighborhood", "neighbourhood", "section",
            "district", "quarter", "suburb");
    private static final Set<String> BODIES = Set.of("police", "sheriff", "sheriff's", "fire", "firefighters", "mayor",
            "officials", "authorities", "detectives", "officers");
    /** Where the hurt were taken or the suspect held: another place than the event's. */
    private static final Pattern ELSEWHERE = Pattern.compile("(?i)\\b(?:hospitals?|medical cent(?:er|re)|trauma|"
            + "taken to|flown to|airlifted|transported to|rushed to|jail|booked|moved to|grew up|born in|lived in|"
            + "formerly of)\\b");

    private static final Pattern REGION_ADJECTIVE = Pattern.compile(
            "(?<![\\p{L}])(?:north|south|east|west|northeast|northwest|southeast|southwest)ern\\s+$");

    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![\\p{L}\\d])\\d+[A-Za-z]?\\s+(?:\\p{Lu}[\\p{L}.]*\\s*){1,4}(?:\\d+\\s*)?,\\s*$");

    private PlaceCues() {
    }

    /** The weight of the mention spanning tokens {@code a..b} of sentence {@code s} in {@code text}. */
    static double weight(String text, Sentence s, int a, int b, boolean opensParagraph) {
        List<Sentence.Token> t = s.tokens();
        boolean lead = s.index() < LEAD_SENTENCES;
        String written = text.substring(t.get(a).start(), t.get(b - 1).end());
        if (b < t.size() && t.get(b).capitalised() && INSTITUTIONS.contains(lower(t.get(b).text()))) {
            return 0; // "a Rancho Verde Elementary School": the name of a building, wherever it stands
        }
        double w;
        int[] titled = opensParagraph ? org.storyline.enrich.entity.Cues.titleDateline(t) : null;
        if (s.index() < 2 && opensParagraph && a <= 1 && (shouted(written)
                || titled != null && titled[0] == a && titled[1] == b)) {
            w = DATELINE;
        } else if (afterPreposition(t, a, b) || afterAddress(text, t.get(a).start())) {
            w = lead ? IN_LEAD : IN_LATER;
        } else if (b < t.size() && BODIES.contains(lower(t.get(b).text()))) {
            w = BODY;
        } else {
            w = OTHER;
        }
        String sentence = text.substring(s.start(), s.end());
        return ELSEWHERE.matcher(sentence).find() ? w / 4 : w;
    }

    /**
     * "Alert police officers heard the shots": one word that opens a sentence before "police officers" may be an
     * adjective capitalised by its position, so unless the article writes it again, nothing says it is a place.
     */
    static boolean capitalisedByPosition(String text, Sentence s, int a, int b, String name) {
        List<Sentence.Token> t = s.tokens();
        if (a != 0 || b != 1 || b + 1 >= t.size() || !t.get(b).text().equals("police")
                || !t.get(b + 1).text().equals("officers") || shouted(name)) {
            return false; // "Harborton police said": the town's police; "Alert police officers": a kind of them
        }
        java.util.regex.Matcher m = Pattern.compile("(?i)(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])")
                .matcher(text);
        int seen = 0;
        while (m.find() && seen < 2) {
            seen++;
        }
        return seen < 2;
    }

    /** "Madisonville, Cincinnati police said": a town before its police, not a region after a town. */
    static boolean beforeBody(String text, int start, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 20)).strip();
        String word = after.split("[^\\p{L}']+", 2)[0];
        return BODIES.contains(lower(word));
    }

    /**
     * "in western Ostland", "across northern Ostland": the "-ern" compass adjective, written in lower case before
     * a name, divides a region; a town's side is "north Gary", "downtown Gary".
     */
    static boolean afterRegionAdjective(String text, int start) {
        return REGION_ADJECTIVE.matcher(text.substring(Math.max(0, start - 20), start)).find();
    }

    /** "the North Lawndale neighborhood", "the Kensington section": a quarter of a city. */
    static boolean quarter(Sentence s, int b) {
        return b < s.tokens().size() && QUARTER_WORDS.contains(lower(s.tokens().get(b).text()));
    }

    /** "at 1200 Elm Road 3, Millbrook", "at 41 Main St., Millbrook": the town of a street address. */
    private static boolean afterAddress(String text, int start) {
        return ADDRESS.matcher(text.substring(Math.max(0, start - 60), start)).find();
    }

    private static boolean afterPreposition(List<Sentence.Token> t, int a, int b) {
        int k = a - 1;
        if (k >= 1 && lower(t.get(k).text()).equals("of") && KINDS.contains(lower(t.get(k - 1).text()))) {
            k -= 2; // "in the city of Gary"
            if (k >= 0 && lower(t.get(k).text()).equals("the")) {
                k--;
            }
        } else if (k >= 1 && lower(t.get(k).text()).equals("of") && SIDES.contains(lower(t.get(k - 1).text()))) {
            k -= 2; // "on the north side of Gary", "on the outskirts of Gary": a part of the town, the town the place
            if (k >= 0 && Cues.TOWN_SIDES.contains(lower(t.get(k).text()))) {
                k--;
            }
            if (k >= 0 && lower(t.get(k).text()).equals("the")) {
                k--;
            }
            return k >= 0 && (IN.contains(lower(t.get(k).text())) || lower(t.get(k).text()).equals("on"));
        } else if (k >= 1 && b < t.size() && DETERMINERS.contains(lower(t.get(k).text()))
                && HOMES.contains(lower(t.get(b).text()))) {
            k--; // "in a Gary apartment", "at their Gary home": where it happened, not where someone lives
            return k >= 0 && (IN.contains(lower(t.get(k).text())) || lower(t.get(k).text()).equals("at"));
        }
        if (k >= 0 && Cues.TOWN_SIDES.contains(t.get(k).text())) {
            k--; // "in downtown Gary", "in north Gary": a part of the town, the town still the place
        }
        return k >= 0 && IN.contains(lower(t.get(k).text()));
    }

    private static boolean shouted(String written) {
        return written.chars().filter(Character::isLetter).count() >= 2
                && written.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
