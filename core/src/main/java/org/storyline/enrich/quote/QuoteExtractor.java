package org.storyline.enrich.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.enrich.entity.ArticleEntities;
import org.storyline.enrich.entity.Cues;
import org.storyline.enrich.entity.Gazetteer;
import org.storyline.enrich.entity.Sentence;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Published;
import org.storyline.model.Quote;

/**
 * The quote stage: who said what in an article, direct quotations and reported statements, each with its
 * speaker resolved to one of the article's entities.
 *
 * <pre>{@code
 * ArticleEntities entities = new EntityExtractor().extract(text);
 * List<Quote> quotes = new QuoteExtractor().extract(text, entities, published, "RT");
 * }</pre>
 *
 * <p>The article is read in units (a sentence, or the sentences one quotation runs through). A unit whose words
 * are mostly inside quotation marks and that has an attribution is a direct quotation; a unit with an
 * attribution and a complement ("Zakharova said that ...", "..., Peskov said") is reported speech; a unit that
 * is all quotation and has no attribution continues the quotation of the unit before it (a quote running over
 * sentences or paragraphs); quoted words in a unit with no attribution ("scare quotes", titles) are no quote.
 * Pronouns and descriptions ("he said", "the spokeswoman said", "the statement said") resolve to the last
 * speaker when the type and gender fit, else to the nearest fitting name before, outside quotation marks.
 * Quotes whose speaker cannot be resolved to a named entity are left out. Thread-safe.
 */
public final class QuoteExtractor {

    private static final Set<String> ORG_WORDS = Set.of("it", "statement", "ministry", "agency", "company",
            "embassy", "committee", "office", "kremlin");
    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "on");
    /** Words that begin what follows an attribution rather than a statement: "said in a briefing". */
    private static final Set<String> AFTER_ATTRIBUTION = Set.of("in", "at", "on", "during", "after", "before",
            "to", "from", "via", "with", "while", "when", "according", "as", "last", "earlier", "later", "this");
    private static final java.util.regex.Pattern DATELINE =
            java.util.regex.Pattern.compile("^[A-Z][A-Z .'-]+,[^—–]{0,40}?(\\(\\w+\\))?\\s*(—|–|--)\\s*");
    /** Speech verbs that report a statement without "that": "Overchuk claimed the relations have not ...". */
    private static final Set<String> BARE = Set.of("said", "says", "say", "told", "tells", "added", "adds",
            "stated", "states", "claimed", "claims", "believes", "believe", "warned", "warns", "insisted", "insists",
            "noted", "notes", "stressed", "stresses", "explained", "explains", "agreed", "agrees", "argued",
            "argues", "wrote", "writes", "saying", "adding", "stating", "noting", "stressing", "warning");

    private final Gazetteer gazetteer;

    public QuoteExtractor() {
        this(Gazetteer.builtIn());
    }

    /** @param gazetteer given names tell "she" from "he" */
    public QuoteExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The quotes of an article, in text order. */
    public List<Quote> extract(String text, ArticleEntities entities, Published published, String outlet) {
        List<QuoteMarks.Span> spans = QuoteMarks.find(text);
        List<Unit> units = Unit.of(entities.sentences(), spans);
        Map<Integer, ArticleEntities.Placed> endingAt = new HashMap<>();
        Map<Integer, ArticleEntities.Placed> startingAt = new HashMap<>();
        for (ArticleEntities.Placed p : entities.mentions()) { // the longest name wins: "Office of Azerbaijan"
            endingAt.merge(p.mention().end(), p, (x, y) -> x.mention().start() <= y.mention().start() ? x : y);
            startingAt.merge(p.mention().start(), p, (x, y) -> x.mention().end() >= y.mention().end() ? x : y);
        }
        AttributionFinder finder = new AttributionFinder(endingAt, startingAt);
        Speakers speakers = new Speakers(entities, spans, gazetteer);
        List<Quote> out = new ArrayList<>();
        int lastUnit = -2;
        String pending = null; // an unattributed quotation left open at a paragraph end: the next may attribute it
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            Attribution a = finder.find(u);
            int[] words = u.wordCounts();
            boolean quoteShaped = words[0] >= 3 && words[0] >= 0.45 * words[1];
            String before = pending;
            pending = null;
            if (a == null) {
                if (quoteShaped && words[0] >= 0.7 * words[1] && lastUnit == i - 1 && !out.isEmpty()) {
                    out.add(continued(out.remove(out.size() - 1), direct(u, text), u, spans, published, outlet, out));
                    lastUnit = i;
                } else if (quoteShaped && words[0] >= 0.7 * words[1] && u.spans().stream()
                        .anyMatch(QuoteMarks.Span::openEnded)) {
                    pending = before == null ? direct(u, text) : before + " … " + direct(u, text);
                }
                continue;
            }
            Entity speaker = speakers.resolve(a, u);
            if (speaker == null || speaker.type() == EntityType.PLACE) {
                continue; // "Baku said": a capital speaks for a government nobody named; no speaker is better
            }
            String body = quoteShaped ? direct(u, text) : reported(u, a, text, startingAt);
            int start = quoteShaped ? u.spans().get(0).start() : u.start();
            if (body == null || body.split("\\s+").length < (quoteShaped ? 3 : 5)) {
                continue;
            }
            if (before != null && quoteShaped) {
                body = before + " … " + body;
            } else if (before != null) {
                out.add(new Quote(before, Quote.Kind.DIRECT, speaker.id(), speaker.name(), start, published, outlet));
            }
            out.add(new Quote(body, quoteShaped ? Quote.Kind.DIRECT : Quote.Kind.REPORTED, speaker.id(),
                    speaker.name(), start, published, outlet));
            lastUnit = i;
        }
        return out;
    }

    /** A unit that only continues the quotation before it: joined to a direct quote, its own quote otherwise. */
    private static Quote continued(Quote before, String more, Unit u, List<QuoteMarks.Span> spans,
                                   Published published, String outlet, List<Quote> out) {
        if (more == null) {
            return before;
        }
        if (before.kind() == Quote.Kind.DIRECT) {
            return new Quote(before.text() + " … " + more, Quote.Kind.DIRECT, before.speakerId(), before.speakerName(),
                    before.start(), published, outlet);
        }
        out.add(before);
        return new Quote(more, Quote.Kind.DIRECT, before.speakerId(), before.speakerName(),
                u.spans().isEmpty() ? u.start() : u.spans().get(0).start(), published, outlet);
    }

    /** The quoted passages of a unit, joined by " … ". */
    private static String direct(Unit u, String text) {
        List<String> parts = new ArrayList<>();
        for (QuoteMarks.Span s : u.spans()) {
            String part = clean(text.substring(s.start(), Math.min(s.end(), text.length())));
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : String.join(" … ", parts);
    }

    /**
     * The statement a reported-speech attribution introduces ("Zakharova said that ...", "Overchuk claimed the
     * ...") or follows ("..., Peskov said in a briefing"). Verbs that often take a noun phrase ("underlined
     * Russia's commitment") report a statement only with "that".
     */
    private static String reported(Unit u, Attribution a, String text, Map<Integer, ArticleEntities.Placed> startingAt) {
        List<Sentence.Token> t = u.tokens();
        int n = t.size();
        String verb = Cues.lower(t.get(a.verb()).text());
        int k = Math.max(a.verb() + 1, a.to());
        while (k < n && DAYS.contains(Cues.lower(t.get(k).text()))) {
            k++;
        }
        if (verb.equals("according")) {
            if (k + 1 < n && t.get(k).text().equals(",")) {
                return clean(text.substring(t.get(k + 1).start(), u.end())); // "According to X, ..."
            }
            int comma = AttributionFinder.commaBefore(u, a.verb() + 1);
            return comma > 0 ? clean(text.substring(u.start(), t.get(comma).start())) : null; // "..., according to X."
        }
        if (verb.equals("told") || verb.equals("tells")) {
            k = object(t, k, startingAt);
        }
        if (k < n && t.get(k).is("that")) {
            return k + 1 < n ? clean(text.substring(t.get(k + 1).start(), u.end())) : null;
        }
        int comma = AttributionFinder.commaBefore(u, Math.min(a.from(), a.verb()));
        boolean statementBefore = comma >= 0 && words(t, 0, comma) >= 4;
        if (k >= n || t.get(k).text().equals(",") || t.get(k).text().equals(".") || words(t, k, n) < 4
                || (statementBefore && AFTER_ATTRIBUTION.contains(Cues.lower(t.get(k).text())))) {
            if (comma < 0) {
                return null;
            }
            String before = text.substring(u.start(), t.get(comma).start());
            if (!statementBefore && k + 1 < n && t.get(k).text().equals(",") && words(t, k, n) >= 2) {
                before = before + " " + text.substring(t.get(k + 1).start(), u.end()); // "Russia, he concludes, is ..."
            }
            return clean(before);
        }
        return BARE.contains(verb) ? clean(text.substring(t.get(k).start(), u.end())) : null;
    }

    /** Past the listener of "told": "that" close by, else the name or word told. */
    private static int object(List<Sentence.Token> t, int k, Map<Integer, ArticleEntities.Placed> startingAt) {
        for (int j = k; j < Math.min(t.size(), k + 7); j++) {
            if (t.get(j).is("that")) {
                return j;
            }
        }
        if (k < t.size() && t.get(k).is("the")) {
            k++;
        }
        ArticleEntities.Placed m = k < t.size() ? startingAt.get(t.get(k).start()) : null;
        if (m == null) {
            return k + 1;
        }
        while (k < t.size() && t.get(k).end() <= m.mention().end()) {
            k++;
        }
        return k;
    }

    private static int words(List<Sentence.Token> t, int from, int to) {
        int count = 0;
        for (int j = from; j < to; j++) {
            count += t.get(j).word() ? 1 : 0;
        }
        return count;
    }

    private static String clean(String s) {
        String out = DATELINE.matcher(s.strip().replaceAll("\\s+", " ")).replaceFirst("");
        out = QuoteBalance.trim(out);
        return out.endsWith(",") ? out.substring(0, out.length() - 1) : out;
    }

    /** Resolves pronouns and descriptions to entities, keeping the last speaker. */
    private static final class Speakers {

        private final ArticleEntities entities;
        private final List<QuoteMarks.Span> spans;
        private final Gazetteer gazetteer;
        private final java.util.Set<Integer> insideQuotes = new java.util.HashSet<>();
        private Entity last;
        private int lastAt = -1;

        Speakers(ArticleEntities entities, List<QuoteMarks.Span> spans, Gazetteer gazetteer) {
            this.entities = entities;
            this.spans = spans;
            this.gazetteer = gazetteer;
            for (ArticleEntities.Placed p : entities.mentions()) {
                if (inSpan(p.mention().start())) {
                    insideQuotes.add(p.mention().start());
                }
            }
        }

        Entity resolve(Attribution a, Unit u) {
            Entity found = a.named() != null ? a.named().entity() : described(a, u);
            if (found != null) {
                last = found;
                lastAt = u.tokens().get(a.verb()).start();
            }
            return found;
        }

        private Entity described(Attribution a, Unit u) {
            int at = u.tokens().get(a.from()).start();
            int statement = a.trailing() ? u.start() : -1;
            String w = a.word();
            if (w.equals("subject")) {
                Sentence.Token first = u.tokens().get(0);
                String f = Cues.lower(first.text());
                if (!f.equals("he") && !f.equals("she") && !f.equals("it")) {
                    return nearest(at, u.start(), EntityType.PERSON, null, -1, true);
                }
                w = f;
                at = first.start();
            }
            if (ORG_WORDS.contains(w)) {
                if (last != null && last.type() != EntityType.PERSON) {
                    return last;
                }
                Entity org = nearest(at, 0, EntityType.ORGANISATION, null, statement, false);
                return org;
            }
            return pronoun(w, at, statement);
        }

        /** he, she, or a person description ("the spokeswoman"). */
        private Entity pronoun(String w, int at, int statement) {
            Boolean female = w.equals("she") || w.endsWith("woman") ? Boolean.TRUE
                    : w.equals("he") || w.endsWith("man") ? Boolean.FALSE : null;
            Entity near = nearest(at, 0, EntityType.PERSON, female, statement, false);
            if (last != null && last.type() == EntityType.PERSON && fits(last, female)) {
                ArticleEntities.Placed newer = nearestPlaced(at, 0, EntityType.PERSON, female, statement);
                boolean newSubject = newer != null && newer.mention().start() > lastAt
                        && newer.entity() != last && subjectPosition(newer);
                return newSubject ? newer.entity() : last;
            }
            return near;
        }

        private Entity nearest(int before, int notBefore, EntityType type, Boolean female, int statement,
                               boolean strict) {
            ArticleEntities.Placed p = nearestPlaced(before, notBefore, type, female, statement);
            if (p == null && female != null && !strict) {
                p = nearestPlaced(before, notBefore, type, null, statement);
            }
            return p == null ? null : p.entity();
        }

        private ArticleEntities.Placed nearestPlaced(int before, int notBefore, EntityType type, Boolean female,
                                                     int statement) {
            ArticleEntities.Placed best = null;
            for (ArticleEntities.Placed p : entities.mentions()) {
                int s = p.mention().start();
                if (s >= before || s < notBefore || quoted(s) || (statement >= 0 && s >= statement)) {
                    continue;
                }
                if (p.entity().type() == type && (female == null || fits(p.entity(), female))) {
                    best = p;
                }
            }
            return best;
        }

        private boolean subjectPosition(ArticleEntities.Placed p) {
            Sentence s = entities.sentences().get(p.mention().sentence());
            int words = 0;
            for (Sentence.Token t : s.tokens()) {
                if (t.start() >= p.mention().start()) {
                    break;
                }
                words++;
            }
            return words <= 6;
        }

        private boolean quoted(int offset) {
            return insideQuotes.contains(offset);
        }

        private boolean inSpan(int offset) {
            for (QuoteMarks.Span s : spans) {
                if (offset >= s.start() && offset < s.end()) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the person can be "she" (female true) or "he" (false): role words, given name, -a surname. */
        private boolean fits(Entity e, Boolean female) {
            if (female == null) {
                return true;
            }
            String first = e.name().split(" ")[0];
            boolean isFemale = e.roles().stream().anyMatch(r -> r.contains("woman"))
                    || (e.name().contains(" ") && (gazetteer.isFemaleGivenName(first) || e.name().endsWith("a")));
            return isFemale == female;
        }
    }
}
