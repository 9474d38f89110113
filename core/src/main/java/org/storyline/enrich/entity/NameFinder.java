package org.storyline.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;

/**
 * Finds the names in one sentence and types them from the gazetteer and the context: runs of capitalised words
 * (with "of" inside organisation names, particles inside person names, "General's Office"), split from the titles
 * before them, typed by the first cue that decides (see {@link #classify}). A name no cue decides comes out with
 * a null type; the article-level pass ({@link EntityExtractor}) types it when the same name or surname is typed
 * elsewhere in the article, and drops it otherwise.
 */
final class NameFinder {

    private static final Set<String> PARTICLES = Set.of("da", "de", "di", "do", "dos", "du", "van", "von", "der",
            "den", "bin", "al", "el", "la", "le", "ibn");
    private static final Set<String> AREA_WORDS = Set.of("region", "province", "oblast", "krai", "district",
            "county", "governorate", "prefecture");
    private static final Set<String> SAINTS = Set.of("St", "Ste", "Ft", "Mt", "ST", "FT", "MT");
    private static final Set<String> OPENERS = Set.of("'", "\"", "‘", "“", "(", "[", ":", "«");

    private static final Set<String> GEOGRAPHY = Set.of("river", "lake", "sea", "ocean", "island", "islands",
            "mountains", "mountain", "valley", "peninsula", "gulf", "bay", "coast", "strait", "desert", "region",
            "province", "oblast", "krai", "county", "district",
            // the generic ends of town names ("Miami Gardens", "Shaker Heights", "Palm Springs", "Niagara Falls"):
            // without them a run that opens with a known place was cut into the place and a stray word
            "gardens", "heights", "springs", "beach", "falls", "hills", "township", "village", "harbor", "harbour",
            "lakes", "grove");
    private static final Set<String> FACILITIES = Set.of("corridor", "pipeline", "bridge", "airport", "station",
            "square", "street", "avenue", "road", "highway", "canal", "dam", "stadium", "palace", "hall", "tower",
            "plant", "route", "railway", "park", "border", "day", "week", "year", "war", "games", "cup", "prize",
            "award", "act", "treaty", "agreement", "accord", "accords", "declaration", "summit", "protocol",
            "festival", "parade", "operation", "campaign", "era", "age", "revolution", "law", "constitution");

    private final Gazetteer gazetteer;
    private final RoleFinder roles;

    NameFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.roles = new RoleFinder(gazetteer);
    }

    /** The names in {@code s}; a name's type is null when nothing in the sentence decided it. */
    List<Mention> find(Sentence s) {
        List<Sentence.Token> t = s.tokens();
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            if (!startsName(t, i)) {
                i++;
                continue;
            }
            int j = extend(t, i);
            classify(s, t, i, j, out);
            i = j;
        }
        return out;
    }

    private boolean startsName(List<Sentence.Token> t, int i) {
        Sentence.Token x = t.get(i);
        if (PARTICLES.contains(x.text()) && (i == 0 || !t.get(i - 1).capitalised()) && i + 1 < t.size()
                && (t.get(i + 1).capitalised() || PARTICLES.contains(t.get(i + 1).text()))
                && extend(t, i) > i + 1 && t.get(extend(t, i) - 1).capitalised()) {
            return true; // "von der Leyen", a surname with its particles
        }
        if (!x.capitalised() || !x.word() || Cues.never(x.text()) || contraction(x.text())
                || x.text().matches("(?i)[\\p{L}-]+-years?-old")) {
            return false; // "Thirty-two-year-old Jane Roe": the age opens the sentence, the name follows it
        }
        if (initial(t, i) && x.text().endsWith("ly") && x.text().length() > 4) {
            return false; // "Separately,", "Ideally,"
        }
        if (initial(t, i) && Cues.common(x.text())) {
            // "The", "Several", "Speaking" open sentences; keep them only when they begin a known name.
            return gazetteer.lookup(join(t, i, extend(t, i))).isPresent();
        }
        return true;
    }

    private static boolean contraction(String word) {
        String w = Cues.lower(word);
        return w.endsWith("'ve") || w.endsWith("'re") || w.endsWith("'ll") || w.endsWith("'d") || w.endsWith("n't")
                || w.endsWith("'m");
    }

    /** Whether token {@code i} opens its sentence or a quotation, where every word is capitalised. */
    static boolean initial(List<Sentence.Token> t, int i) {
        return i == 0 || OPENERS.contains(t.get(i - 1).text());
    }

    private int extend(List<Sentence.Token> t, int i) {
        int j = i + 1;
        while (j < t.size()) {
            Sentence.Token x = t.get(j);
            if (x.capitalised() && x.word() && !Cues.never(x.text())) {
                j++;
            } else if ((x.is("of") || x.is("for")) && capitalisedAt(t, j + 1, true)
                    && (hasOrgHead(t, i, j) || t.get(j - 1).is("Republic") || t.get(j - 1).is("Kingdom"))) {
                j += t.get(j + 1).is("the") ? 2 : 1;
            } else if (PARTICLES.contains(x.text()) && (capitalisedAt(t, j + 1, false)
                    || (j + 2 < t.size() && PARTICLES.contains(t.get(j + 1).text()) && capitalisedAt(t, j + 2, false)))) {
                j++;
            } else if (x.text().equals("'s") && capitalisedAt(t, j + 1, false) && Cues.title(t.get(j - 1).text())
                    && j + 1 < t.size() && Cues.orgHead(t.get(j + 1).text())) {
                j++; // Prosecutor General's Office
            } else if (x.text().equals(".") && j - 1 > i && t.get(j - 1).text().matches("\\p{Lu}")
                    && t.get(j - 2).text().matches("\\p{Lu}\\p{Ll}+") && capitalisedAt(t, j + 1, false)
                    && t.get(j + 1).text().matches("\\p{Lu}\\p{Ll}.*")) {
                j++; // "Herbert N. Lattin": a middle initial's full stop is inside the name
            } else if (x.text().equals("&") && capitalisedAt(t, j + 1, false)) {
                j++;
            } else if (x.text().equals(".") && SAINTS.contains(t.get(j - 1).text()) && capitalisedAt(t, j + 1, false)
                    && t.get(j + 1).end() == t.get(j + 1).start() + t.get(j + 1).text().length()
                    && x.end() < t.get(j + 1).start()) {
                j++; // "St. Louis", "Ft. Worth": the abbreviation's full stop is inside the name
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean capitalisedAt(List<Sentence.Token> t, int k, boolean allowThe) {
        if (allowThe && k < t.size() && t.get(k).is("the")) {
            k++;
        }
        return k < t.size() && t.get(k).capitalised() && t.get(k).word();
    }

    private static boolean hasOrgHead(List<Sentence.Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Cues.orgHead(t.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Types the run {@code [a, b)}. In order: the gazetteer; hyphenated pairs of known names
     * ("Georgia-Russia"); organisation heads ("Foreign Ministry", "Office of ..."); titles and nationality
     * words split off ("Russian President Vladimir Putin" → Vladimir Putin, a person); a known organisation
     * followed by more ("Sputnik Azerbaijan"); person cues (a given name, a surname ending, a role before it, a
     * speech verb after it); acronyms (organisations); place cues ("in X", "city of X", "X, Russia").
     */
    private void classify(Sentence s, List<Sentence.Token> t, int a, int b, List<Mention> out) {
        if (t.get(a).is("the") && b - a > 1 && gazetteer.lookup(join(t, a, b)).isEmpty()) {
            a++;
        }
        String full = join(t, a, b);
        Optional<Gazetteer.Entry> known = gazetteer.lookup(full);
        if (known.isPresent()) {
            if (!known.get().demonym()) {
                EntityType type = known.get().type();
                out.add(mention(s, t, a, b, type, type == EntityType.PERSON ? roles.before(t, a) : null));
            }
            return;
        }
        if (b - a == 1 && full.indexOf('-') > 0 && hyphenated(s, t.get(a), out)) {
            return;
        }
        if (b - a > 1 && orgShaped(t, a, b)) {
            out.add(mention(s, t, a, b, EntityType.ORGANISATION, null));
            knownTail(s, t, a, b, out);
            return;
        }
        String last = Cues.lower(t.get(b - 1).text());
        if (b - a > 1 && GEOGRAPHY.contains(last)) {
            out.add(mention(s, t, a, b, EntityType.PLACE, null)); // "Caspian Sea", "Kuril Islands"
            return;
        }
        if (FACILITIES.contains(last)) {
            return; // "North–South Transport Corridor", "Victory Day": not a person, organisation or place
        }
        if (b - a > 1 && !Cues.title(t.get(a + 1).text()) && gazetteer.lookup(t.get(a).text())
                .map(e -> e.type() == EntityType.PLACE).orElse(false)) {
            classify(s, t, a, a + 1, out); // "... in Azerbaijan Belousov and ...": a heading glued to the text
            classify(s, t, a + 1, b, out);
            return;
        }
        int k = a;
        boolean titled = false;
        while (k < b && (Cues.title(t.get(k).text()) || Cues.roleNoun(t.get(k).text())
                || gazetteer.isDemonym(t.get(k).text()) && !agedGivenName(t, k, b))) {
            titled |= Cues.strongTitle(t.get(k).text());
            k++;
        }
        if (k == b) {
            return;
        }
        int split = titleInside(t, k, b);
        if (split > 0) {
            classify(s, t, k, split, out); // "Azerbaijan President Ilham Aliyev": the place, then the person
            classify(s, t, split, b, out);
            return;
        }
        String name = join(t, k, b);
        Optional<Gazetteer.Entry> entry = gazetteer.lookup(name);
        if (entry.isPresent() && entry.get().demonym()) {
            return;
        }
        String role = roles.before(t, k);
        if (entry.isPresent()) {
            out.add(mention(s, t, k, b, entry.get().type(), entry.get().type() == EntityType.PERSON ? role : null));
            return;
        }
        if (gazetteer.lookup(t.get(k).text()).map(e -> e.type() == EntityType.ORGANISATION).orElse(false)
                && b - k > 1) {
            if (gazetteer.lookup(join(t, k + 1, b)).map(e -> e.type() == EntityType.PLACE).orElse(false)) {
                out.add(mention(s, t, k, b, EntityType.ORGANISATION, null)); // "Sputnik Azerbaijan", a branch
            } else {
                classify(s, t, k, k + 1, out);
                classify(s, t, k + 1, b, out);
            }
            return;
        }
        for (int x = k + 1; x < b; x++) {
            if (Cues.COMMON.contains(Cues.lower(t.get(x).text()))) {
                return; // "Leader Talk After Major Pentagon Announcement": a headline in title case
            }
        }
        EntityType type = titled || role != null || personShaped(t, k, b) ? EntityType.PERSON
                : placeShaped(s, t, k, b, out) ? EntityType.PLACE
                : acronym(t, k, b) && (k > 0 && t.get(k - 1).is("the")
                        || b < t.size() && Cues.speechVerb(t.get(b).text())) ? EntityType.ORGANISATION
                : null;
        out.add(mention(s, t, k, b, type, type == EntityType.PERSON ? role : null));
        if (type == EntityType.PERSON && b - k == 2) {
            sharedSurname(s, t, k, b, out);
        }
    }

    /**
     * "16-year-old Christian Roe": a word that is both a nationality or faith word and a given name is the given
     * name when an age stands right before it and a surname after it.
     */
    private boolean agedGivenName(List<Sentence.Token> t, int k, int b) {
        return k > 0 && b - k >= 2 && gazetteer.isGivenName(t.get(k).text())
                && Cues.lower(t.get(k - 1).text()).matches("(?:\\d{1,3}|\\p{L}+(?:-\\p{L}+)?)-years?-old|years?-old");
    }

    /** "Georgia-Russia": each known part on its own; false when the word is one name ("Rostov-on-Don"). */
    private boolean hyphenated(Sentence s, Sentence.Token token, List<Mention> out) {
        String[] parts = token.text().split("-");
        List<Mention> found = new ArrayList<>();
        int offset = token.start();
        for (String part : parts) {
            if (part.isEmpty() || !Character.isUpperCase(part.codePointAt(0))) {
                return true; // "Kremlin-funded", "Russian-language": an adjective, not a name
            }
            Optional<Gazetteer.Entry> e = gazetteer.lookup(part);
            if (e.isEmpty()) {
                return false;
            }
            if (!e.get().demonym()) {
                found.add(new Mention(part, e.get().type(), offset, offset + part.length(), s.index(), null));
            }
            offset += part.length() + 1;
        }
        out.addAll(found);
        return true;
    }

    /** "Oval Office of the White House": the known name after "of" is named too. */
    private void knownTail(Sentence s, List<Sentence.Token> t, int a, int b, List<Mention> out) {
        for (int k = a + 1; k < b - 1; k++) {
            if (t.get(k).is("of")) {
                int from = t.get(k + 1).is("the") ? k + 2 : k + 1;
                Optional<Gazetteer.Entry> tail = from < b ? gazetteer.lookup(join(t, from, b)) : Optional.empty();
                if (tail.isPresent() && !tail.get().demonym()) {
                    out.add(mention(s, t, from, b, tail.get().type(), null));
                }
                return;
            }
        }
    }

    private static boolean orgShaped(List<Sentence.Token> t, int a, int b) {
        for (int k = a; k < b; k++) {
            if (Cues.orgHead(t.get(k).text()) && (k == b - 1 || t.get(k + 1).is("of") || t.get(k + 1).is("for"))) {
                return k > a || k < b - 1;
            }
        }
        return false;
    }

    /** Where a title word starts inside a run after a name ("Azerbaijan | President ..."), or -1. */
    private int titleInside(List<Sentence.Token> t, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            if (Cues.strongTitle(t.get(k).text()) && !Cues.title(t.get(k - 1).text())) {
                return k;
            }
        }
        return -1;
    }

    private boolean personShaped(List<Sentence.Token> t, int a, int b) {
        int n = words(t, a, b); // "Brent L. Havlicek Jr": four words, the initial's full stop not one
        if (n >= 2 && n <= 4 && gazetteer.isGivenName(t.get(a).text())) {
            return true;
        }
        if (n <= 3 && Cues.surnameShape(t.get(b - 1).text(), n >= 2)) {
            return true;
        }
        // "Krivosheev said": a surname-shaped word, or two or three words; a lone "Toyota said" stays untyped
        if (n <= 3 && b < t.size() && Cues.speechVerb(t.get(b).text()) && !acronym(t, a, b)
                && (n >= 2 || Cues.surnameShape(t.get(a).text(), true))) {
            return true;
        }
        // "Ja'Mare Stewart shot and killed ...": two or three words before a verb that people do
        return n >= 2 && n <= 3 && b < t.size() && Cues.personVerb(t.get(b).text());
    }

    private static int words(List<Sentence.Token> t, int a, int b) {
        int n = 0;
        for (int k = a; k < b; k++) {
            n += t.get(k).text().equals(".") ? 0 : 1;
        }
        return n;
    }

    private static boolean acronym(List<Sentence.Token> t, int a, int b) {
        String w = t.get(a).text();
        return b - a == 1 && w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(Character::isUpperCase);
    }

    private boolean placeShaped(Sentence s, List<Sentence.Token> t, int a, int b, List<Mention> out) {
        if (b - a > 3) {
            return false;
        }
        if (s.index() == 0 && a == 0 && b < t.size() && t.get(b).text().equals(",")) {
            return true; // a dateline: "AARHUS, Denmark —"
        }
        if (b < t.size() && AREA_WORDS.contains(Cues.lower(t.get(b).text()))) {
            return true; // "the Dnipropetrovsk region"
        }
        if (a >= 2 && (t.get(a - 1).is("and") || t.get(a - 1).is("or")) && !out.isEmpty()
                && out.get(out.size() - 1).end() == t.get(a - 2).end() && out.get(out.size() - 1).type() == EntityType.PLACE) {
            return true; // "around Pokrovsk and Kostiantynivka"
        }
        if (a >= 1 && Cues.PLACE_PREPOSITIONS.contains(Cues.lower(t.get(a - 1).text()))) {
            return true;
        }
        if (a >= 2 && Cues.TOWN_SIDES.contains(t.get(a - 1).text())
                && Cues.PLACE_PREPOSITIONS.contains(Cues.lower(t.get(a - 2).text()))) {
            return true; // "in north Gary"
        }
        if (a >= 2 && t.get(a - 1).is("of") && Set.of("city", "town", "village", "region", "province", "republic",
                "capital", "district", "port", "side", "outskirts", "suburbs", "suburb", "edge", "heart", "streets")
                .contains(Cues.lower(t.get(a - 2).text()))) {
            return true; // "the city of Gary", "on the north side of Gary", "the outskirts of Gary"
        }
        return a > 0 && b + 1 < t.size() && t.get(b).text().equals(",")
                && gazetteer.lookup(t.get(b + 1).text()).map(e -> e.type() == EntityType.PLACE).orElse(false);
    }

    /** "Ziyaddin and Huseyn Safarov": the lone first name before "and" shares the surname. */
    private void sharedSurname(Sentence s, List<Sentence.Token> t, int k, int b, List<Mention> out) {
        if (k < 2 || !t.get(k - 1).is("and") || !t.get(k - 2).capitalised() || (k >= 3 && t.get(k - 3).capitalised())) {
            return;
        }
        Sentence.Token first = t.get(k - 2);
        out.removeIf(m -> m.start() == first.start());
        out.add(out.size() - 1, new Mention(first.text() + " " + t.get(b - 1).text(), EntityType.PERSON,
                first.start(), first.end(), s.index(), null));
    }

    private static Mention mention(Sentence s, List<Sentence.Token> t, int a, int b, EntityType type, String role) {
        return new Mention(join(t, a, b), type, t.get(a).start(), t.get(b - 1).end(), s.index(), role);
    }

    static String join(List<Sentence.Token> t, int a, int b) {
        StringBuilder out = new StringBuilder();
        for (int k = a; k < b; k++) {
            String w = t.get(k).text();
            if (k > a && !w.equals("'s") && !w.equals(".")) {
                out.append(' ');
            }
            out.append(w);
        }
        return out.toString();
    }
}
