package org.storyline.enrich.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.HashMap;
import java.util.Map;
import org.storyline.enrich.timeline.Event;
import org.storyline.enrich.timeline.EventExtractor;
import org.storyline.enrich.timeline.SentenceSplitter;
import org.storyline.model.Published;

/**
 * Counts of people in an article: how many were detained, killed, injured, charged or aboard.
 *
 * <pre>{@code
 * new ClaimExtractor(new SentenceSplitter()).extract("aj", "About 50 people were detained.")
 * // [NumericClaim[subject=DETAINED, value=50, qualifier=ABOUT, noun=people, ...]]
 * }</pre>
 *
 * <p>A count is a number (digits or words), an optional hedge before it and a noun for people after it
 * ("at least ten Russian nationals"); "38 of 67 people" and "Five of the six men" give two counts. Its
 * subject comes from the event word right before it ("killing 38 people", "deaths of two men"), else from the first event word
 * after it in the sentence ("nine people detained", "Seven people linked to ... have been detained"), else
 * from the noun (passengers, crew). Counts of things (companies, months, years) are never claims.
 */
public final class ClaimExtractor {

    private static final String HEDGE = "about|around|approximately|roughly|nearly|almost|some|an estimated|"
            + "at least|as many as|more than|over|up to|at most|fewer than|less than|under";
    private static final String NOUN = "people|persons|men|women|children|passengers|crew|journalists|citizens|"
            + "nationals|Russians|Azerbaijanis|Ukrainians|suspects|detainees|prisoners|brothers|staff|employees|"
            + "others|migrants|soldiers|civilians|officers|policemen|victims|workers|tourists|individuals|foreigners|"
            + PersonWords.PLURAL;
    private static final String NOT_ADJECTIVE = "(?!(?:of|and|or|who|which|were|was|have|has|had|are|is|the|in|to)\\b)";
    private static final Pattern COUNT = Pattern.compile("\\b(?:(" + HEDGE + ")\\s+)?(" + NumberWords.PATTERN + ")"
            + "(?:\\s+of(?:\\s+the)?(?:\\s+(" + NumberWords.PATTERN + "))?)?\\s+((?:" + NOT_ADJECTIVE
            + "[\\p{L}'-]+\\s+){0,3}?)(" + NOUN + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}-]+");
    /** What joins two counts under one verb: "Three children and two adults were found dead", "3 adults, 1 child". */
    private static final Pattern AND = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|and\\s+|as well as\\s+)");
    private static final Pattern BARE = Pattern.compile("(?<![\\p{L}\\d,.-])(?<!\\b(?:no|not|any|each|every|which) )"
            + "(?:(" + HEDGE + ")\\s+)?(" + NumberWords.PATTERN + ")\\s+(?:others?\\s+)?(?:were|are|have been|had been|"
            + "remain|remained|(?<=\\bone\\s)(?:is|was|has been))\\s+(?:(?:\\w+ly|also|later|being|now)\\s+)?(\\p{L}+)",
            Pattern.CASE_INSENSITIVE);
    /** Where a clause about a part of the people counted begins: "; one of them", ", two of whom". */
    private static final Pattern PART_AFTER = Pattern.compile("(?i);|,\\s*(?:" + NumberWords.PATTERN
            + "|some|both|most|all|none)\\s+of\\s+(?:whom|them|those)\\b");
    /** The hurt after the dead with no noun: "left one man dead and three injured", "two killed, five wounded". */
    private static final Pattern AFTER_DEAD = Pattern.compile("(?i)\\b(?:dead|killed)\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)"
            + "(?:(" + HEDGE + ")\\s+)?(" + NumberWords.PATTERN + ")\\s+(?:others?\\s+)?(?:(?:were|are|is|was)\\s+)?"
            + "(?:\\w+ly\\s+)?(injured|wounded|hurt)\\b");
    /**
     * A count with no noun after the participle that tells what befell it: "opened fire, killing two and wounding
     * five". Not before a noun or "of" ("killing two officers" is a counted noun, "killing one of the gunmen" a part).
     */
    private static final Pattern PARTICIPLE = Pattern.compile("(?i)\\b(killing|wounding|injuring)\\s+(?:(" + HEDGE
            + ")\\s+)?(" + NumberWords.PATTERN + ")(?=\\s*(?:[,.;:)]|$|and\\b|but\\b|while\\b|in\\b|at\\b|on\\b))");
    /**
     * The dead as a toll: "the death toll rose to nine", "raising the death toll to 12", "a death toll of at least
     * 30". The number must follow its preposition or verb at once ("the death toll from the 2010 quake" is no count).
     */
    private static final Pattern DEATH_TOLL = Pattern.compile("(?i)\\bdeath\\s+toll\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:to|at|of"
            + "|reached|hit|is|was|now|stands|stood)\\s+(?:(" + HEDGE + ")\\s+)?(" + NumberWords.PATTERN
            + ")\\b(?!\\s*(?:%|percent\\b|years?\\b|-))");
    /** The dead a count's verb phrase names without an event word: "Three people lost their lives in the fire". */
    private static final Pattern LOST_LIVES = Pattern.compile("(?i)^\\s+(?:(?:have|had|all|both|also|reportedly|tragically)"
            + "\\s+){0,2}lost their lives\\b");
    /** One more person joined to a count under its verb: "Three women and a man were wounded". */
    private static final Pattern AND_ONE = Pattern.compile("\\s+and\\s+(?:a|an|one)\\s+(?:[\\p{L}\\d'-]+\\s+){0,2}?(?:"
            + PersonWords.SINGULAR + ")\\b", Pattern.CASE_INSENSITIVE);
    /** One person listed before a count under its verb: "A man, two women and a child were killed". */
    private static final Pattern ONE_AHEAD = Pattern.compile("(?:^|(?<=[\\s(]))(?:a|an|one)\\s+(?:[\\p{L}\\d'-]+\\s+){0,2}?"
            + "(?:" + PersonWords.SINGULAR + ")(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)$", Pattern.CASE_INSENSITIVE);
    /** Cues that name the wound, not whether its bearer lived. */
    private static final Set<String> WOUNDS = Set.of("wounds", "injuries");
    /**
     * "two victims were found with gunshot wounds": how people were found, the dead among them; "suffered",
     * "nursing" or "taken to hospital with" wounds say they lived.
     */
    private static final Pattern FOUND_WITH = Pattern.compile("(?i)\\b(?:found|discovered|located)\\b.*\\bwith\\s+"
            + "(?:[\\p{L}-]+\\s+){0,3}$");
    /**
     * "One of the victims", "two of the wounded": a part of the people the event befell. A part of a group the
     * event did not define ("five of the passengers") says nothing of how many the event hurt.
     */
    private static final Pattern PART_OF_THE = Pattern.compile("(?is)\\S+\\s+of\\s+the\\s+(?:[\\p{L}-]+\\s+)?"
            + "(?:victims|wounded|injured)");
    /** How far after the noun an event word may stand ("Seven people linked to ... have been detained"). */
    private static final int CUE_AFTER_WORDS = 14;
    private static final Set<String> GENERIC = Set.of("people", "persons", "men", "women", "citizens", "nationals",
            "russians", "azerbaijanis", "ukrainians", "suspects", "detainees", "individuals", "foreigners", "others",
            "brothers");

    private final SentenceSplitter sentences;
    private final EventExtractor events;

    public ClaimExtractor(SentenceSplitter sentences) {
        this.sentences = Objects.requireNonNull(sentences, "sentences");
        this.events = new EventExtractor(sentences);
    }

    /**
     * The counts in {@code text}, in text order, each with the time it holds: the date its sentence names,
     * and the article's date ({@code published}: its publication, or when it was captured; null when
     * neither is known, and then only absolute dates in its sentences date a count).
     */
    public List<NumericClaim> extract(String articleId, String text, Published published) {
        Published anchor = published;
        List<NumericClaim> out = new ArrayList<>();
        Map<String, Event> dated = new HashMap<>();
        for (NumericClaim c : extract(articleId, text)) {
            Event e = dated.computeIfAbsent(c.sentence(), s -> events.extract(articleId, s, anchor).stream()
                    .filter(x -> !x.background() && (published != null || !x.relative())).findFirst().orElse(null));
            out.add(c.at(e == null ? null : e.date(), e == null ? null : e.precision(),
                    anchor == null ? null : anchor.date()));
        }
        return out;
    }

    /**
     * As {@link #extract(String, String, Published)}, with the dead the {@code title} counts when the text
     * counts none ({@code Headlines}), after the text's counts.
     */
    public List<NumericClaim> extract(String articleId, String title, String text, Published published) {
        List<NumericClaim> out = extract(articleId, text, published);
        if (out.stream().noneMatch(c -> c.subject() == Subject.KILLED)) {
            Headlines.killed(articleId, title).ifPresent(c -> out.add(c.at(null, null,
                    published == null ? null : published.date())));
        }
        return out;
    }

    /** The counts in {@code text}, in text order, without their times. */
    public List<NumericClaim> extract(String articleId, String text) {
        List<NumericClaim> out = new ArrayList<>();
        List<String> split = sentences.split(text).stream().filter(s -> !org.storyline.enrich.Corrections.isCorrection(s)).toList();
        for (String sentence : split) {
            out.addAll(inSentence(articleId, sentence));
        }
        out.addAll(Casualties.implied(articleId, split, out));
        // in text order: an implied count stands where its sentence does
        Map<String, Integer> at = new HashMap<>();
        for (int i = split.size() - 1; i >= 0; i--) {
            at.put(split.get(i), i);
        }
        out.sort(java.util.Comparator.comparingInt(c -> at.getOrDefault(c.sentence(), Integer.MAX_VALUE)));
        return partsAsWholes(LaterDeaths.apply(out, split));
    }

    /**
     * "One of the victims was taken to hospital. The other victim was pronounced dead.": with no whole count
     * of the hurt (or of the dead), the part of the victims that is counted is all the article says were hurt,
     * so it is their count. Parts set against others ("three others") or of another group stay parts.
     */
    private static List<NumericClaim> partsAsWholes(List<NumericClaim> claims) {
        List<NumericClaim> out = new ArrayList<>(claims);
        for (Subject subject : List.of(Subject.KILLED, Subject.INJURED)) {
            if (out.stream().anyMatch(c -> c.subject() == subject && !c.partial())) {
                continue;
            }
            for (int i = 0; i < out.size(); i++) {
                NumericClaim c = out.get(i);
                if (c.subject() == subject && c.partial() && PART_OF_THE.matcher(c.phrase()).matches()) {
                    out.set(i, c.whole());
                    break;
                }
            }
        }
        return out;
    }

    /** The noun class claims are compared under: "people" for any generic word for persons. */
    static String nounClass(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        return GENERIC.contains(n) ? "people" : n;
    }

    private List<NumericClaim> inSentence(String articleId, String sentence) {
        List<NumericClaim> out = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        Matcher m = COUNT.matcher(sentence);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        m.reset();
        List<Subject> earlier = new ArrayList<>(); // what each count before said, null for a count of no event
        long joined = 0; // counts of no event just before, joined to this one ("Three children and two adults")
        int joinedFrom = -1;
        for (int i = 0; m.find(); i++) {
            int limit = i + 1 < spans.size() ? spans.get(i + 1)[0] : sentence.length();
            List<NumericClaim> made = claims(m, sentence, limit, articleId);
            if (!made.isEmpty() && joined > 0 && !made.get(0).partial()) {
                NumericClaim first = made.get(0);
                made = new ArrayList<>(made);
                made.set(0, new NumericClaim(articleId, first.subject(), first.value() + joined, first.qualifier(),
                        "people", false, sentence.substring(joinedFrom, m.end()), sentence));
            }
            int from = m.start();
            Matcher ahead = ONE_AHEAD.matcher(sentence.substring(0, m.start()));
            if (!made.isEmpty() && !made.get(0).partial() && joined == 0 && m.group(3) == null && ahead.find()) {
                NumericClaim first = made.get(0); // "A man, two women and a child were killed": four
                from = ahead.start();
                made = new ArrayList<>(made);
                made.set(0, new NumericClaim(articleId, first.subject(), first.value() + 1, first.qualifier(),
                        "people", false, sentence.substring(from, m.end()), sentence));
            }
            Matcher one = AND_ONE.matcher(sentence).region(m.end(), sentence.length());
            if (!made.isEmpty() && !made.get(0).partial() && m.group(3) == null && one.lookingAt()) {
                NumericClaim first = made.get(0);
                made = new ArrayList<>(made);
                made.set(0, new NumericClaim(articleId, first.subject(), first.value() + 1, first.qualifier(),
                        "people", false, sentence.substring(from, one.end()), sentence));
            }
            for (NumericClaim c : made) {
                out.add(others(c, earlier) ? c.whole() : c);
            }
            earlier.add(made.isEmpty() ? null : made.get(0).subject());
            boolean conjoined = made.isEmpty() && m.group(1) == null && m.group(3) == null && i + 1 < spans.size()
                    && AND.matcher(sentence.substring(m.end(), spans.get(i + 1)[0])).matches();
            joinedFrom = conjoined ? (joined > 0 ? joinedFrom : m.start()) : -1;
            joined = conjoined ? joined + NumberWords.value(m.group(2)) : 0;
        }
        out.addAll(bare(articleId, sentence, out));
        out.addAll(aboard(out, articleId, sentence));
        if (Casualties.MANY_EVENTS.matcher(sentence).find()) {
            out.removeIf(c -> c.subject().toll()); // "seven dead and 14 hurt in 17 shootings across the city"
        }
        return out;
    }

    /**
     * Whether "others" in a count is the whole of its kind: "One man died and three others were injured"
     * (after a count of something else), "charged six other detained men" (no count before it in the
     * sentence: the others are set against people, not a count). After a count of the same kind, or of no
     * kind ("Two journalists, as well as at least eight other Russians"), it is a part.
     */
    private static boolean others(NumericClaim c, List<Subject> earlier) {
        if (!c.partial() || !c.phrase().matches("(?is).*\\bothers?\\b.*")) {
            return false;
        }
        return earlier.stream().allMatch(s -> s != null && s != c.subject());
    }

    /**
     * A count with no noun before its verb: "five were wounded", "two have been arrested", "one is dead" (but not
     * "no one was hurt"); or after the dead: "one man dead and three injured", "two people are dead and one is
     * injured"; or after a participle: "killing two and wounding five"; or a death toll: "the death toll rose to 9".
     */
    private static List<NumericClaim> bare(String articleId, String sentence, List<NumericClaim> found) {
        List<NumericClaim> out = new ArrayList<>();
        for (Pattern p : List.of(BARE, AFTER_DEAD, PARTICIPLE, DEATH_TOLL)) {
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                // BARE and AFTER_DEAD: hedge, number, cue; PARTICIPLE: cue, hedge, number; DEATH_TOLL: hedge, number
                Subject subject = p == DEATH_TOLL ? Subject.KILLED : Subject.ofCue(m.group(p == PARTICIPLE ? 1 : 3));
                String hedge = m.group(p == PARTICIPLE ? 2 : 1);
                String number = m.group(p == PARTICIPLE ? 3 : 2);
                if (subject != null && found.stream().noneMatch(c -> c.subject() == subject)
                        && out.stream().noneMatch(c -> c.subject() == subject)) {
                    out.add(claim(articleId, subject, number, hedge, "people", false, m.group(), sentence));
                }
            }
        }
        return out;
    }

    private List<NumericClaim> claims(Matcher m, String sentence, int limit, String articleId) {
        String noun = m.group(5).toLowerCase(Locale.ROOT);
        String adjectives = m.group(4).toLowerCase(Locale.ROOT);
        // "five others", "eight other Russians" and "One of the brothers" count part of a larger group
        boolean partial = noun.equals("others") || adjectives.matches("(?s).*\\bother\\b.*")
                || m.group(3) == null && m.group().matches("(?is)\\S+(?:\\s+\\S+)?\\s+of\\s+the\\s+.*");
        List<Subject> after = LOST_LIVES.matcher(sentence.substring(m.end())).lookingAt() ? List.of(Subject.KILLED)
                : cuesAfter(sentence, m.end(), limit, adjectives);
        Subject before = cueBefore(sentence, m.start());
        List<NumericClaim> out = new ArrayList<>();
        if (m.group(3) != null) {
            Subject whole = adjacentCue(sentence, m.end());
            if (whole != null) {
                out.add(claim(articleId, whole, m.group(3), null, noun, false, m.group(), sentence));
                after = after.isEmpty() ? after : after.subList(1, after.size());
            }
        }
        Subject subject = before != null ? before : after.isEmpty() ? null : after.get(0);
        subject = bySubjectNoun(subject, noun);
        if (subject != null) {
            out.add(0, claim(articleId, subject, m.group(2), m.group(1), noun, partial, m.group(), sentence));
        }
        return out;
    }

    /** Passengers and crew are counted as such unless a verb says what befell them. */
    private static Subject bySubjectNoun(Subject fromVerb, String noun) {
        if (fromVerb == null || fromVerb == Subject.ABOARD) {
            return switch (noun) {
                case "passengers" -> Subject.PASSENGERS;
                case "crew" -> Subject.CREW;
                default -> fromVerb;
            };
        }
        return fromVerb;
    }

    private static NumericClaim claim(String articleId, Subject subject, String number, String hedge, String noun,
                                      boolean partial, String phrase, String sentence) {
        return new NumericClaim(articleId, subject, NumberWords.value(number), Qualifier.of(hedge), noun, partial,
                phrase, sentence);
    }

    /**
     * An event word right before the count ("killing 38", "jailed at least ten") or before "of" ("deaths of two"),
     * not across a comma or a semicolon, which ends the clause the word belongs to.
     */
    private static Subject cueBefore(String sentence, int start) {
        String head = sentence.substring(0, start).strip();
        if (head.endsWith(",") || head.endsWith(";")) {
            return null; // "one woman is dead, two people are in critical condition": the cue ends its own clause
        }
        String[] words = head.split("[^\\p{L}-]+");
        int last = words.length - 1;
        if (last >= 1 && words[last].equalsIgnoreCase("of")) {
            last--;
        }
        if (last >= 2 && words[last].matches("(?i)lives|life") && words[last - 1].equalsIgnoreCase("the")
                && words[last - 2].matches("(?i)claim(?:ed|ing|s)?|t(?:ook|aking|akes)")) {
            return Subject.KILLED; // "the blast claimed the lives of three miners"
        }
        return last >= 0 ? Subject.ofCue(words[last]) : null;
    }

    /** The event word right after the noun, as in "the six men arrested" or "67 people aboard". */
    private static Subject adjacentCue(String sentence, int end) {
        Matcher w = WORD.matcher(sentence.substring(end));
        return w.find() && w.start() <= 1 ? Subject.ofCue(w.group()) : null;
    }

    /**
     * Event words after the noun up to the next count or semicolon, in order; an event adjective ("two dead men")
     * first. "Three people were shot; one of them died": the death is one of them, not the three.
     */
    private static List<Subject> cuesAfter(String sentence, int end, int limit, String adjectives) {
        List<Subject> out = new ArrayList<>();
        for (String adjective : adjectives.split("\\s+")) {
            Subject s = adjective.isBlank() ? null : Subject.ofCue(adjective);
            if (s != null) {
                out.add(s);
            }
        }
        // "shot; one of them died", "shot, one of whom died": what befell a part is not said of the whole
        String rest = PART_AFTER.split(sentence.substring(end, Math.max(end, limit)), 2)[0];
        Matcher w = WORD.matcher(rest);
        for (int n = 0; w.find() && n < CUE_AFTER_WORDS; n++) {
            Subject s = Subject.ofCue(w.group());
            if (s != null && !(WOUNDS.contains(w.group().toLowerCase(Locale.ROOT))
                    && FOUND_WITH.matcher(sentence.substring(0, end + w.start())).find())) {
                out.add(s);
            }
        }
        return out;
    }

    /** "62 passengers and five crew" also says how many were aboard. */
    private static List<NumericClaim> aboard(List<NumericClaim> claims, String articleId, String sentence) {
        NumericClaim passengers = first(claims, Subject.PASSENGERS);
        NumericClaim crew = first(claims, Subject.CREW);
        if (passengers == null || crew == null || passengers.qualifier() != Qualifier.EXACT
                || crew.qualifier() != Qualifier.EXACT) {
            return List.of();
        }
        String phrase = passengers.phrase() + " and " + crew.phrase();
        return List.of(new NumericClaim(articleId, Subject.ABOARD, passengers.value() + crew.value(),
                Qualifier.EXACT, "people", false, phrase, sentence));
    }

    private static NumericClaim first(List<NumericClaim> claims, Subject subject) {
        return claims.stream().filter(c -> c.subject() == subject).findFirst().orElse(null);
    }
}
