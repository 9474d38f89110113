package org.storyline.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;

/**
 * People that news prose shows by how it introduces them, whatever their names: an age in apposition
 * ("Jane Roe, 24,", "Tom and Jane Roe, both 35,"), an age before the name ("42-year-old Jane Roe", "15 year-old",
 * "Thirty-two-year-old"), "identified as Jane Roe", "Jane Roe, of Clinton", "Jane Roe, who", kin ("Jane Roe's
 * mother"), a relation or role before a comma ("his girlfriend, Jane Roe"; "the victim, Jane Roe"; "the
 * victims, Jane Roe, Al Pike and Jo Ames", each of the list), "Jane Roe and her daughter", and
 * what only befalls a person ("Jane Roe was shot", "Jane Roe died", "the death of Jane Roe", "struck Jane
 * Roe"; never for a name already typed an organisation: companies are charged too). A name of two to four
 * words in these places is a person even where the gazetteer or a place cue said otherwise.
 */
final class PersonContext {

    private static final Set<String> RELATIONS = Set.of("victim", "suspect", "man", "woman", "boy", "girl", "teen",
            "teenager", "son", "daughter", "father", "mother", "husband", "wife", "brother", "sister", "girlfriend",
            "boyfriend", "friend", "grandmother", "grandfather", "uncle", "aunt", "nephew", "niece", "cousin",
            "stepdaughter", "stepson", "stepfather", "stepmother", "neighbor", "neighbour", "child", "driver",
            "gunman", "shooter", "attacker", "owner", "resident", "student", "fiancé", "fiancée", "partner",
            "victims", "suspects", "men", "women", "boys", "girls", "teens", "teenagers", "children", "clerk",
            "worker", "employee", "customer", "passenger", "pilot", "hunter", "officer", "deputy", "trooper",
            "workers", "passengers", "students", "residents", "officers", "friends", "relatives", "parents");
    private static final Set<String> SELF_VERBS = Set.of("died", "dies", "suffered", "suffering", "survived",
            "drowned", "pleaded", "testified", "confessed");
    /** Kin a name has: "Jane Roe's mother" is a person's; "Clinton's residents" or "Clinton's mayor" a town's. */
    private static final Set<String> KIN = Set.of("son", "daughter", "father", "mother", "husband", "wife", "brother",
            "sister", "girlfriend", "boyfriend", "ex-girlfriend", "ex-boyfriend", "ex-wife", "ex-husband", "fiancé",
            "fiancée", "grandmother", "grandfather", "grandson", "granddaughter", "uncle", "aunt", "nephew", "niece",
            "cousin", "stepdaughter", "stepson", "stepfather", "stepmother", "parents", "sons", "daughters",
            "brothers", "sisters", "siblings", "children", "grandchildren", "widow", "relatives", "attorney",
            "lawyer");
    /** "42-year-old", "thirty-two-year-old", "two-years-old". */
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile(
            "(?:\\d{1,3}|\\p{L}+(?:-\\p{L}+)?)-years?-old");
    private static final Set<String> AUXILIARIES = Set.of("was", "were", "is", "has", "had", "been", "being",
            "later", "also", "fatally", "critically", "seriously");
    private static final Set<String> PASSIVE_VERBS = Set.of("shot", "killed", "stabbed", "wounded", "injured",
            "arrested", "pronounced", "hospitalized", "hospitalised", "slain", "murdered", "kidnapped", "rescued",
            "abducted", "detained", "jailed", "sentenced", "convicted", "booked", "found", "taken", "transported",
            "airlifted", "flown", "rushed", "treated", "struck");
    private static final Set<String> ACTS_ON = Set.of("killed", "killing", "shot", "shooting", "stabbed", "struck",
            "hitting", "wounding", "murdered", "kidnapped", "rescued");
    private static final Set<String> AFTER_AGE = Set.of(",", "and", ";", ".", ")", "were", "was", "is", "who");

    private PersonContext() {
    }

    /** {@code found} with the names these introductions make people retyped. */
    static List<Mention> apply(Sentence s, List<Mention> found) {
        List<Sentence.Token> t = s.tokens();
        List<Mention> out = new ArrayList<>();
        int listEnd = -1; // where the last person of a list ends: "the victims, Jo Ames, Tom Reed and Al Pike,"
        for (Mention m : found) {
            int a = indexStarting(t, m.start());
            int b = indexEnding(t, m.end());
            int words = 0; // "Quillon R. Marsh Jr": four words, the initial's full stop not one
            for (int k = Math.max(a, 0); k < b; k++) {
                words += t.get(k).text().equals(".") ? 0 : 1;
            }
            boolean named = a >= 0 && b > a && words >= 2 && words <= 4;
            boolean listed = named && listEnd >= 0 && listed(t, listEnd, a);
            boolean introduced = named && (introduced(t, a, b) || listed
                    || m.type() != EntityType.ORGANISATION && (befallen(t, b) || befalling(t, a)));
            listEnd = introduced || named && m.type() == EntityType.PERSON && listed ? b : -1;
            out.add(introduced && m.type() != EntityType.PERSON ? m.withType(EntityType.PERSON) : m);
        }
        return out;
    }

    /** Only ", ", " and " or ", and " between the person before (ending at {@code end}) and this name. */
    private static boolean listed(List<Sentence.Token> t, int end, int a) {
        String gap = a - end == 1 ? lower(t.get(end).text()) : a - end == 2 ? lower(t.get(end).text()) + " "
                + lower(t.get(end + 1).text()) : "";
        return gap.equals(",") || gap.equals("and") || gap.equals(", and");
    }

    private static boolean introduced(List<Sentence.Token> t, int a, int b) {
        if (b + 1 < t.size() && t.get(b).text().equals(",") && t.get(b + 1).text().matches("\\d{1,3}")
                && (b + 2 == t.size() || AFTER_AGE.contains(lower(t.get(b + 2).text())))) {
            return true; // "Jane Roe, 24, of Clinton"
        }
        if (b + 2 < t.size() && t.get(b).is("and") && (t.get(b + 1).is("his") || t.get(b + 1).is("her"))) {
            return true; // "Jane Roe and her daughter": only a person has a his or a her
        }
        if (a >= 1 && AGE.matcher(lower(t.get(a - 1).text())).matches() || a >= 2
                && t.get(a - 2).text().matches("\\d{1,3}") && lower(t.get(a - 1).text()).matches("years?-old")) {
            return true; // "42-year-old Jane Roe", "Thirty-two-year-old Jane Roe", "15 year-old Jane Roe"
        }
        if (b + 2 < t.size() && t.get(b).text().equals(",") && (t.get(b + 1).is("a") || t.get(b + 1).is("an")
                || t.get(b + 1).is("the")) && AGE.matcher(lower(t.get(b + 2).text())).matches()) {
            return true; // "Jane Roe, a 26-year-old resident", "Jane Roe, the 3-year-old girl"
        }
        if (b + 2 < t.size() && t.get(b).text().equals(",") && t.get(b + 1).is("both")
                && t.get(b + 2).text().matches("\\d{1,3}")) {
            return true; // "Tom and Jane Roe, both 35,"
        }
        if (b + 1 < t.size() && t.get(b).text().equals(",") && t.get(b + 1).is("who")) {
            return true; // "Jane Roe, who was friends with ...": places take "where", bodies "which"
        }
        if (b + 1 < t.size() && t.get(b).text().equals("'s") && KIN.contains(lower(t.get(b + 1).text()))) {
            return true; // "Jane Roe's mother", "Jane Roe's ex-boyfriend"
        }
        if (a >= 2 && lower(t.get(a - 1).text()).equals("as")) {
            for (int k = a - 2; k >= Math.max(0, a - 5); k--) {
                if (Set.of("identified", "named", "id'd").contains(lower(t.get(k).text()))) {
                    return true; // "identified as Jane Roe", "identified the victim as Jane Roe"
                }
            }
        }
        if (b + 2 < t.size() && t.get(b).text().equals(",") && t.get(b + 1).is("of") && (t.get(b + 2).capitalised()
                || b + 3 < t.size() && Cues.TOWN_SIDES.contains(lower(t.get(b + 2).text())) && t.get(b + 3).capitalised())) {
            return true; // "Jane Roe, of Clinton,", "Jane Roe, of central Clinton"
        }
        return a >= 2 && t.get(a - 1).text().equals(",") && RELATIONS.contains(lower(t.get(a - 2).text()));
    }

    /**
     * What only befalls a person, right after the name: "Jane Roe was shot", "Jane Roe died", "Jane Roe
     * suffered a wound", "Jane Roe was arrested".
     */
    private static boolean befallen(List<Sentence.Token> t, int b) {
        if (b >= t.size()) {
            return false;
        }
        String next = lower(t.get(b).text());
        if (SELF_VERBS.contains(next)) {
            return true;
        }
        int k = b;
        while (k < t.size() && k - b < 3 && AUXILIARIES.contains(lower(t.get(k).text()))) {
            k++;
        }
        return k > b && k < t.size() && PASSIVE_VERBS.contains(lower(t.get(k).text()));
    }

    /** A name right after what befalls a person: "the death of Jane Roe", "killed Jane Roe", "struck Jane Roe". */
    private static boolean befalling(List<Sentence.Token> t, int a) {
        if (a < 1) {
            return false;
        }
        String before = lower(t.get(a - 1).text());
        if (ACTS_ON.contains(before)) {
            return true;
        }
        return a >= 2 && before.equals("of") && Set.of("death", "killing", "murder", "shooting", "stabbing", "slaying",
                "funeral", "arrest", "disappearance").contains(lower(t.get(a - 2).text()));
    }

    private static int indexStarting(List<Sentence.Token> t, int offset) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).start() == offset) {
                return i;
            }
        }
        return -1;
    }

    private static int indexEnding(List<Sentence.Token> t, int offset) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).end() == offset) {
                return i + 1;
            }
        }
        return -1;
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
