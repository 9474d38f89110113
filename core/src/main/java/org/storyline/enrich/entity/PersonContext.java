package org.storyline.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * People that news prose shows by how it introduces them, whatever their names: an age in apposition
 * ("Jane Roe, 24,"), an age before the name ("42-year-old Jane Roe"), "identified as Jane Roe", and a
 * relation or role before a comma ("his girlfriend, Jane Roe"; "the victim, Jane Roe"). A name of two to
 * four words in these places is a person even where the gazetteer or a place cue said otherwise.
 */
final class PersonContext {

    private static final Set<String> RELATIONS = Set.of("victim", "suspect", "man", "woman", "boy", "girl", "teen",
            "teenager", "son", "daughter", "father", "mother", "husband", "wife", "brother", "sister", "girlfriend",
            "boyfriend", "friend", "grandmother", "grandfather", "uncle", "aunt", "nephew", "niece", "cousin",
            "stepdaughter", "stepson", "stepfather", "stepmother", "neighbor", "neighbour", "child", "driver",
            "gunman", "shooter", "attacker", "owner", "resident", "student", "fiancé", "fiancée", "partner");
    private static final Set<String> AFTER_AGE = Set.of(",", "and", ";", ".", ")", "were", "was", "is", "who");

    private PersonContext() {
    }

    /** {@code found} with the names these introductions make people retyped. */
    static List<Mention> apply(Sentence s, List<Mention> found) {
        List<Sentence.Token> t = s.tokens();
        List<Mention> out = new ArrayList<>();
        for (Mention m : found) {
            int a = indexStarting(t, m.start());
            int b = indexEnding(t, m.end());
            int words = b - a;
            boolean introduced = a >= 0 && b > a && words >= 2 && words <= 4 && introduced(t, a, b);
            out.add(introduced && m.type() != EntityType.PERSON ? m.withType(EntityType.PERSON) : m);
        }
        return out;
    }

    private static boolean introduced(List<Sentence.Token> t, int a, int b) {
        if (b + 1 < t.size() && t.get(b).text().equals(",") && t.get(b + 1).text().matches("\\d{1,3}")
                && (b + 2 == t.size() || AFTER_AGE.contains(lower(t.get(b + 2).text())))) {
            return true; // "Jane Roe, 24, of Clinton"
        }
        if (a >= 1 && lower(t.get(a - 1).text()).matches("\\d{1,3}-years?-old")) {
            return true; // "42-year-old Jane Roe"
        }
        if (a >= 2 && lower(t.get(a - 1).text()).equals("as")
                && Set.of("identified", "named", "id'd").contains(lower(t.get(a - 2).text()))) {
            return true; // "identified as Jane Roe"
        }
        return a >= 2 && t.get(a - 1).text().equals(",") && RELATIONS.contains(lower(t.get(a - 2).text()));
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
