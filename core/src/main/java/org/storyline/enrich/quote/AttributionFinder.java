package org.storyline.enrich.quote;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.enrich.entity.ArticleEntities;
import org.storyline.enrich.entity.Cues;
import org.storyline.enrich.entity.Sentence;

/**
 * Finds the speech verb of a unit (outside quotation marks) and the expression naming its speaker: a name right
 * before the verb ("Peskov stressed", "Kremlin spokesman Dmitry Peskov said", skipping "has", "also"), after it
 * ("..., says the political scientist Krivosheev"), "according to X", a pronoun ("he said"), a description
 * ("the spokeswoman said", "the statement said"), a name in apposition ("Rossiya Segodnya, Sputnik's parent, said"),
 * or the subject of the clause for "and said" and participles ("..., adding that").
 */
final class AttributionFinder {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "it");
    private static final Set<String> SKIPPED = Set.of("has", "have", "had", "also", "then", "later", "again",
            "further", "previously", "recently", "repeatedly", "once", "reportedly", "publicly",
            "earlier", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> DESCRIPTIONS = Set.of("spokesman", "spokeswoman", "spokesperson", "minister",
            "president", "official", "ambassador", "statement", "ministry", "agency", "company", "embassy",
            "committee", "office", "kremlin", "prosecutor", "diplomat", "expert", "analyst", "envoy", "leader",
            "premier", "senator", "governor", "mayor", "chief", "head", "source");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their", "the", "a");
    private static final Set<String> PREPOSITIONS = Set.of("in", "of", "from", "at", "by", "with", "for", "to",
            "near", "on", "against", "about", "between");

    private final Map<Integer, ArticleEntities.Placed> endingAt;
    private final Map<Integer, ArticleEntities.Placed> startingAt;

    AttributionFinder(Map<Integer, ArticleEntities.Placed> endingAt, Map<Integer, ArticleEntities.Placed> startingAt) {
        this.endingAt = endingAt;
        this.startingAt = startingAt;
    }

    /** The unit's attribution, or null when it has none. */
    Attribution find(Unit u) {
        List<Sentence.Token> t = u.tokens();
        for (int v = 0; v < t.size(); v++) {
            if (u.quoted()[v] || !Cues.speechVerb(t.get(v).text())) {
                continue;
            }
            Attribution a = t.get(v).is("according") ? according(u, v) : around(u, v);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    private Attribution according(Unit u, int v) {
        List<Sentence.Token> t = u.tokens();
        if (v + 2 >= t.size() || !t.get(v + 1).is("to")) {
            return null;
        }
        int k = v + 2;
        while (k < t.size() && k < v + 8 && startingAt.get(t.get(k).start()) == null
                && (POSSESSIVES.contains(Cues.lower(t.get(k).text())) || Cues.roleNoun(t.get(k).text())
                || Cues.ROLE_WORDS.contains(Cues.lower(t.get(k).text())) || t.get(k).text().equals(","))) {
            k++; // "according to his foreign affairs adviser, Yuri Ushakov"
        }
        ArticleEntities.Placed m = k < t.size() ? startingAt.get(t.get(k).start()) : null;
        if (m == null) {
            return null;
        }
        int to = k;
        while (to < t.size() && t.get(to).end() <= m.mention().end()) {
            to++;
        }
        return new Attribution(v, v, to, m, null, v > 0 && t.get(v - 1).text().equals(","));
    }

    private Attribution around(Unit u, int v) {
        List<Sentence.Token> t = u.tokens();
        int p = v - 1;
        while (p >= 0 && !u.quoted()[p] && SKIPPED.contains(Cues.lower(t.get(p).text()))) {
            p--;
        }
        if (p < 0 || u.quoted()[p] || isQuoteMark(t.get(p).text())) {
            return after(u, v); // "'...,' said Peskov" or a verb opening the unit
        }
        String w = Cues.lower(t.get(p).text());
        if (PRONOUNS.contains(w)) {
            return new Attribution(v, p, p + 1, null, w, trailing(u, p));
        }
        if (Cues.participle(t.get(v).text()) || w.equals("and") || w.equals("but")) {
            return new Attribution(v, v, v + 1, null, "subject", false);
        }
        if (w.equals(",")) {
            Attribution apposed = apposition(u, v, p);
            return apposed != null ? apposed : after(u, v); // "..., says the political scientist Krivosheev"
        }
        ArticleEntities.Placed m = endingAt.get(t.get(p).end());
        if (m != null) {
            int from = p;
            while (from > 0 && t.get(from - 1).start() >= m.mention().start()) {
                from--;
            }
            int before = from > 0 && t.get(from - 1).is("the") ? from - 1 : from;
            if (before > 0 && PREPOSITIONS.contains(Cues.lower(t.get(before - 1).text()))) {
                return ofPhrase(u, v, before);
            }
            from = roleStart(t, from);
            return new Attribution(v, from, v, m, null, trailing(u, from));
        }
        if (DESCRIPTIONS.contains(w)) {
            for (int k = p - 1; k >= 0 && k >= p - 4; k--) { // "the spokeswoman", "the South African leader"
                if (t.get(k).is("the")) {
                    return new Attribution(v, k, v, null, w, trailing(u, k));
                }
                if (!(t.get(k).capitalised() || Cues.ROLE_WORDS.contains(Cues.lower(t.get(k).text())))) {
                    break;
                }
            }
        }
        return null;
    }

    /** "Zaur Shiriyev of the Carnegie Russia Eurasia Center notes": the person before "of". */
    private Attribution ofPhrase(Unit u, int v, int orgStart) {
        List<Sentence.Token> t = u.tokens();
        int p = orgStart - 1;
        if (!t.get(p).is("of")) {
            return null;
        }
        int q = p - 1;
        ArticleEntities.Placed m = q >= 0 ? endingAt.get(t.get(q).end()) : null;
        if (m == null || m.entity().type() != org.storyline.model.EntityType.PERSON) {
            return null;
        }
        int from = q;
        while (from > 0 && t.get(from - 1).start() >= m.mention().start()) {
            from--;
        }
        return new Attribution(v, roleStart(t, from), v, m, null, trailing(u, from));
    }

    /** "'...,' said Peskov", "..., says the political scientist Krivosheev", "..., said the spokesman". */
    private Attribution after(Unit u, int v) {
        List<Sentence.Token> t = u.tokens();
        int k = v + 1;
        int from = k;
        while (k < t.size() && (t.get(k).is("the") || Cues.ROLE_WORDS.contains(Cues.lower(t.get(k).text()))
                || Cues.roleNoun(t.get(k).text())) && startingAt.get(t.get(k).start()) == null) {
            k++;
        }
        if (k >= t.size()) {
            return null;
        }
        ArticleEntities.Placed m = startingAt.get(t.get(k).start());
        if (m != null) {
            int to = k;
            while (to < t.size() && t.get(to).end() <= m.mention().end()) {
                to++;
            }
            return new Attribution(v, from, to, m, null, v > 0);
        }
        if (k > from && DESCRIPTIONS.contains(Cues.lower(t.get(k - 1).text()))) {
            return new Attribution(v, from, k, null, Cues.lower(t.get(k - 1).text()), v > 0);
        }
        return null;
    }

    /**
     * "Rossiya Segodnya, Sputnik's parent company, said" or "Sputnik's parent company, Rossiya Segodnya, said":
     * the name right before the comma, else the name before the comma that opens the apposition.
     */
    private Attribution apposition(Unit u, int v, int comma) {
        List<Sentence.Token> t = u.tokens();
        ArticleEntities.Placed right = comma > 0 ? endingAt.get(t.get(comma - 1).end()) : null;
        if (right != null) {
            int from = start(t, comma - 1, right);
            if (from > 0 && t.get(from - 1).text().equals(",")) {
                return new Attribution(v, from, v, right, null, false);
            }
        }
        for (int k = comma - 1; k > 0; k--) {
            if (t.get(k).text().equals(",") && !u.quoted()[k]) {
                ArticleEntities.Placed m = endingAt.get(t.get(k - 1).end());
                if (m == null) {
                    return null;
                }
                int from = start(t, k - 1, m);
                return new Attribution(v, roleStart(t, from), v, m, null, trailing(u, roleStart(t, from)));
            }
        }
        return null;
    }

    private static int start(List<Sentence.Token> t, int last, ArticleEntities.Placed m) {
        int from = last;
        while (from > 0 && t.get(from - 1).start() >= m.mention().start()) {
            from--;
        }
        return from;
    }

    /** Where the role words before a name begin ("Kremlin spokesman | Dmitry Peskov"). */
    private static int roleStart(List<Sentence.Token> t, int from) {
        int k = from;
        while (k > 0 && (Cues.roleNoun(t.get(k - 1).text()) || Cues.title(t.get(k - 1).text())
                || Cues.ROLE_WORDS.contains(Cues.lower(t.get(k - 1).text()))
                || (t.get(k - 1).capitalised() && t.get(k - 1).word()) || t.get(k - 1).text().equals("'s"))) {
            k--;
        }
        if (k > 0 && t.get(k - 1).is("the")) {
            k--;
        }
        return k;
    }

    /** Whether the speaker expression starting at {@code from} follows a statement and a comma. */
    private static boolean trailing(Unit u, int from) {
        for (int k = from - 1; k > 0 && k >= from - 4; k--) {
            String w = u.tokens().get(k).text();
            if (w.equals(",")) {
                return true;
            }
            if (!(w.equals("'s") || w.equalsIgnoreCase("the") || Character.isLowerCase(w.codePointAt(0)))) {
                return false;
            }
        }
        return false;
    }

    /** The comma that ends the statement before a trailing attribution starting at {@code from}, or -1. */
    static int commaBefore(Unit u, int from) {
        for (int k = from - 1; k > 0 && k >= from - 4; k--) {
            if (u.tokens().get(k).text().equals(",")) {
                return k;
            }
        }
        return -1;
    }

    static boolean isQuoteMark(String s) {
        return s.equals("'") || s.equals("\"") || s.equals("‘") || s.equals("’") || s.equals("“") || s.equals("”");
    }
}
