package org.storyline.enrich.entity;

import java.util.List;
import java.util.Locale;

/**
 * The role a text gives a person right before the name: "Kremlin spokesman Dmitry Peskov", "Foreign Ministry
 * spokeswoman Maria Zakharova", "Azerbaijan's ambassador to Russia, Rahman Mustafayev".
 *
 * <p>Reads backwards from the name over role nouns, title and role words, capitalised words, possessive 's and
 * the connectors of/to/and, and keeps the phrase only when it holds a role noun. Words of titles are
 * lower-cased ("Deputy Prime Minister" → "deputy prime minister"); names keep their capitals.
 */
final class RoleFinder {

    private static final int LONGEST = 9;
    private static final java.util.Set<String> END_WORDS = java.util.Set.of("'s", "of", "to", "at", "for", "and");
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an");

    private final Gazetteer gazetteer;

    RoleFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The role phrase ending right before token {@code name} (or before ", " and the name), or null. */
    String before(List<Sentence.Token> t, int name) {
        if (name > 0 && END_WORDS.contains(Cues.lower(t.get(name - 1).text()))) {
            return null; // "Jeff Bezos's Blue Origin", "vice president of Advanced Programs": not this name's role
        }
        int p = name - 1;
        if (p >= 1 && t.get(p).text().equals(",") && (Cues.roleNoun(t.get(p - 1).text())
                || (p >= 2 && (t.get(p - 2).is("to") || t.get(p - 2).is("of"))))) {
            p--; // an apposition: "Azerbaijan's ambassador to Russia, Rahman Mustafayev"
        }
        int last = p;
        int first = -1;
        boolean noun = false;
        while (p >= 0 && last - p < LONGEST) {
            Sentence.Token x = t.get(p);
            String w = Cues.lower(x.text());
            if (w.equals("'s")) {
                if (p == 0 || !t.get(p - 1).capitalised()) {
                    break;
                }
            } else if (Cues.roleNoun(w)) {
                noun = true;
            } else if (w.equals("and")) {
                if (p == 0 || !Cues.roleNoun(t.get(p - 1).text())) {
                    break;
                }
            } else if (!(Cues.title(w) || Cues.ROLE_WORDS.contains(w) || (x.capitalised() && x.word()))) {
                break;
            }
            first = p;
            p--;
        }
        if (!noun || first < 0) {
            return null;
        }
        while (first <= last && (isConnector(t.get(first).text()) || ARTICLES.contains(Cues.lower(t.get(first).text())))) {
            first++;
        }
        return first > last ? null : text(t, first, last);
    }

    private static boolean isConnector(String word) {
        String w = Cues.lower(word);
        return w.equals("of") || w.equals("to") || w.equals("and") || w.equals("'s");
    }

    private String text(List<Sentence.Token> t, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i <= to; i++) {
            String word = t.get(i).text();
            String lower = Cues.lower(word);
            boolean titleWord = Cues.title(lower) || Cues.roleNoun(lower) || Cues.ROLE_WORDS.contains(lower);
            boolean name = gazetteer.lookup(word).isPresent() && !titleWord;
            boolean acronym = word.length() > 1 && word.chars().allMatch(Character::isUpperCase);
            String shown = titleWord && !name && !acronym ? word.toLowerCase(Locale.ROOT) : word;
            if (!out.isEmpty() && !lower.equals("'s")) {
                out.append(' ');
            }
            out.append(lower.equals("'s") ? "'s" : shown);
        }
        return out.toString();
    }
}
