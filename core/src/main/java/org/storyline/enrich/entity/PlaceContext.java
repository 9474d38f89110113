package org.storyline.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;

/**
 * Places that news prose shows by where a name stands, not by what it is: the dateline ("BEDFORD, N.H. —",
 * "SAN DIEGO (KFMB) -"), a person's home ("a Bedford woman", "Jane Roe, 24, of Clinton", "a resident of
 * Dover"), an address ("305 Main St., Montfort"), the town a public body serves ("the Dover Police
 * Department", "Yonkers police said"), and a quarter of a city ("Southwest Baltimore" names Baltimore).
 * No list of places: any capitalised name in these positions is a place.
 */
final class PlaceContext {

    private static final Set<String> DASHES = Set.of("—", "–", "-", ">", "―");
    /** Page furniture shouted like a dateline: "UPDATE:", "BREAKING NEWS —", "WATCH -". */
    private static final Set<String> FURNITURE = Set.of("update", "updated", "updates", "breaking", "news", "watch",
            "video", "videos", "photos", "photo", "exclusive", "live", "correction", "previous", "related", "editor's",
            "note", "opinion", "analysis", "advertisement", "listen", "read", "more", "gallery", "new");
    /** People described by where they come from, "a Toledo man", "the Dover family"; homes by where they stand. */
    private static final Set<String> RESIDENTS = Set.of("home", "house", "household", "apartment", "man", "woman",
            "boy", "girl", "teen", "teenager", "youth",
            "resident", "residents", "native", "couple", "family", "toddler", "child", "male", "female", "mother",
            "father", "men", "women", "homeowner", "student", "students", "couple's", "family's", "man's", "woman's");
    private static final Set<String> HOME_NOUNS = Set.of("resident", "residents", "native", "natives");
    private static final Set<String> DWELLINGS = Set.of("home", "house", "apartment", "residence", "condo");
    private static final Set<String> STREETS = Set.of("street", "st", "road", "rd", "avenue", "ave", "drive", "dr",
            "lane", "ln", "boulevard", "blvd", "way", "court", "ct", "place", "pl", "highway", "hwy", "parkway",
            "pkwy", "circle", "terrace", "trail");
    /** Public bodies named after the town they serve. */
    private static final Set<String> BODIES = Set.of("police", "sheriff's", "sheriff", "fire", "mayor", "mayor's",
            "county");
    /** Words between a town and its body that are not the town: "Michigan State Police", "Indianapolis Metro Police". */
    private static final Set<String> BODY_QUALIFIERS = Set.of("state", "metro", "metropolitan", "city", "municipal",
            "capitol", "transit", "housing", "park", "parks");
    private static final Set<String> AFTER_TOWN = Set.of("police", "firefighters", "mayor", "residents", "officials",
            "authorities", "detectives");
    private static final Set<String> QUARTERS = Set.of("northwest", "northeast", "southwest", "southeast");

    private PlaceContext() {
    }

    /** {@code found} with the names these positions make places retyped, and the places they add. */
    static List<Mention> apply(Sentence s, boolean opensParagraph, List<Mention> found) {
        List<Sentence.Token> t = s.tokens();
        List<Mention> out = new ArrayList<>();
        Mention dateline = dateline(s, t, opensParagraph);
        if (dateline != null) {
            out.add(dateline);
        }
        for (Mention m : found) {
            if (dateline != null && m.start() < dateline.end() && m.end() > dateline.start()) {
                continue;
            }
            int a = index(t, m.start());
            int b = index(t, m.end() - 1) + 1;
            if (a < 0 || b <= 0) {
                out.add(m);
                continue;
            }
            Mention body = m.type() == EntityType.ORGANISATION ? townOfBody(s, t, a, b) : null;
            if (body != null) {
                out.add(body);
            }
            Mention quarter = quarter(s, t, a, b, m);
            if (quarter != null) {
                out.add(quarter);
            } else {
                out.add(m.type() != EntityType.ORGANISATION && home(t, a, b) ? m.withType(EntityType.PLACE) : m);
            }
        }
        return out;
    }

    /**
     * "BEDFORD, N.H. -", "PORTAGE PARK —", "NEW HAVEN, Conn., Oct. 27 (UPI) --", "NEW YORK (AP) -": a name in
     * capitals, then a region, a date or an outlet in brackets, then a dash. It opens a paragraph, or follows
     * page furniture run into it ("... watch this video KANSAS CITY, Mo. --"); or, opening a paragraph, it is
     * written in title case ({@link Cues#titleDateline}).
     */
    private static Mention dateline(Sentence s, List<Sentence.Token> t, boolean opensParagraph) {
        for (int a = 0; a < t.size(); a++) {
            if (!shouting(t.get(a).text()) || a > 0 && shouting(t.get(a - 1).text())) {
                continue;
            }
            int k = a;
            while (k < t.size() && k - a < 4 && (shouting(t.get(k).text()) || abbreviated(t, a, k))) {
                k++;
            }
            if (k >= t.size()) {
                return null;
            }
            String next = t.get(k).text();
            int letters = NameFinder.join(t, a, k).replaceAll("[^\\p{L}]", "").length();
            boolean marked = (next.equals(",") && k + 1 < t.size() && t.get(k + 1).capitalised() || next.equals("("))
                    && (k - a > 1 || letters >= 4);
            if (!marked && !(a == 0 && opensParagraph)) {
                continue;
            }
            for (int d = k; d < Math.min(t.size() - 1, k + 12); d++) {
                if (DASHES.contains(t.get(d).text())) {
                    String name = titleCase(NameFinder.join(t, a, k));
                    if (furniture(name)) {
                        break;
                    }
                    return new Mention(name, EntityType.PLACE, t.get(a).start(), t.get(k - 1).end(), s.index(), null);
                }
            }
        }
        int[] titled = opensParagraph ? Cues.titleDateline(t) : null;
        if (titled != null && !furniture(NameFinder.join(t, titled[0], titled[1]))) {
            return new Mention(NameFinder.join(t, titled[0], titled[1]), EntityType.PLACE, t.get(titled[0]).start(),
                    t.get(titled[1] - 1).end(), s.index(), null); // "Harborton, Ost. (March 3) –"
        }
        return null;
    }

    /** "BREAKING NEWS", "UPDATE", "WATCH LIVE": page furniture, where "NEW HAVEN" and "NEW YORK" are towns. */
    private static boolean furniture(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split(" ");
        boolean all = java.util.Arrays.stream(words).allMatch(FURNITURE::contains);
        return all || FURNITURE.contains(words[0]) && !words[0].equals("new");
    }

    /** The full stop of "ST. LOUIS" or "FT. WORTH" inside a shouted name. */
    private static boolean abbreviated(List<Sentence.Token> t, int a, int k) {
        return k > a && k + 1 < t.size() && t.get(k).text().equals(".") && t.get(k - 1).text().length() == 2
                && shouting(t.get(k + 1).text());
    }

    private static boolean shouting(String w) {
        return w.length() >= 2 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '\'' || c == '-')
                && w.chars().filter(Character::isLetter).count() >= 2;
    }

    /** The town in "the Dover Police Department" or "Cook County Sheriff's Office", added as a place. */
    private static Mention townOfBody(Sentence s, List<Sentence.Token> t, int a, int b) {
        for (int k = a + 1; k < b; k++) {
            if (BODIES.contains(lower(t.get(k).text()))) {
                if (lower(t.get(k).text()).equals("county")) {
                    k++; // the county is the place: "Cook County Sheriff's Office"
                } else if (k - 1 > a && BODY_QUALIFIERS.contains(lower(t.get(k - 1).text()))
                        && !lower(t.get(k - 1).text()).equals("city")) {
                    k--;
                }
                if (k >= b || k - a > 3) {
                    return null;
                }
                return new Mention(NameFinder.join(t, a, k), EntityType.PLACE, t.get(a).start(), t.get(k - 1).end(),
                        s.index(), null);
            }
        }
        return null;
    }

    /** "Southwest Baltimore": the quarter's city is the place named. */
    private static Mention quarter(Sentence s, List<Sentence.Token> t, int a, int b, Mention m) {
        if (b - a < 2 || !QUARTERS.contains(lower(t.get(a).text()))) {
            return null;
        }
        return new Mention(NameFinder.join(t, a + 1, b), EntityType.PLACE, t.get(a + 1).start(), t.get(b - 1).end(),
                s.index(), null);
    }

    /** Where a name stands as someone's home, an address's town, or the town whose police speak. */
    private static boolean home(List<Sentence.Token> t, int a, int b) {
        String before = a > 0 ? lower(t.get(a - 1).text()) : "";
        String after = b < t.size() ? lower(t.get(b).text()) : "";
        boolean described = before.equals("a") || before.equals("an") || before.endsWith("-old")
                // "their Bedford apartment", "her Bedford home": a dwelling has an owner
                || Set.of("their", "his", "her").contains(before) && DWELLINGS.contains(after);
        if (described && RESIDENTS.contains(after) && (b + 1 >= t.size() || !t.get(b + 1).capitalised()
                || Cues.NEVER.contains(lower(t.get(b + 1).text())))) { // "a Bedford apartment Thursday"
            return true; // "a Bedford woman", "a 17-year-old Chalmette male", "a Bedford home"
        }
        if (before.equals("of") && a >= 2) {
            String two = lower(t.get(a - 2).text());
            if (HOME_NOUNS.contains(two) || two.equals(",") && a >= 3 && t.get(a - 3).text().matches("\\d{1,3}")) {
                return true; // "a resident of Dover", "Jane Roe, 24, of Clinton"
            }
        }
        if (before.equals(",") && a >= 2 && street(t, a - 2)) {
            return true; // "305 E. Main St., Montfort"
        }
        return AFTER_TOWN.contains(after) && !t.get(b).capitalised();
    }

    private static boolean street(List<Sentence.Token> t, int k) {
        if (t.get(k).text().equals(".") && k > 0) {
            k--;
        }
        if (!STREETS.contains(lower(t.get(k).text()))) {
            return false;
        }
        for (int j = k - 1; j >= Math.max(0, k - 5); j--) {
            if (t.get(j).text().matches("\\d+[A-Za-z]?")) {
                return true;
            }
        }
        return false;
    }

    private static int index(List<Sentence.Token> t, int offset) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).start() <= offset && offset < t.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }

    private static String titleCase(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'';
        }
        return out.toString();
    }
}
