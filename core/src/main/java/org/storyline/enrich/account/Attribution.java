package org.storyline.enrich.account;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a clause attributes what it says to: "according to X", "X's claims that", "investigated by X",
 * "X said", "X has claimed", "said X", and "reportedly" for an unnamed source. Returns the source as written,
 * or null. A pronoun ("It said") comes back as the pronoun for the caller to resolve.
 */
final class Attribution {

    /** The source of hedged reports that name no one. */
    static final String UNNAMED = "unnamed reports";

    private static final Pattern ACCORDING = Pattern.compile("(?i)\\baccording to\\s+([^,.;:!?\"“”]{2,100})");
    private static final Pattern CLAIMS_THAT = Pattern.compile(
            "((?:[A-Z][\\p{L}'’.-]*\\s+){0,3}[A-Z][\\p{L}'’.-]*)\\s+(claims?|assertions?|statements?|version|findings?|conclusions?)"
                    + "\\s+that\\b");
    private static final Pattern BY = Pattern.compile("\\b(?:investigated|charged|accused|disputed|confirmed|"
            + "established|determined|concluded)\\s+by\\s+((?:the\\s+)?[A-Z][^,.;:]{1,100}?)"
            + "(?=\\s+(?:under|for|on|in|as|after|at|with|over|into)\\b|[,.;:]|$)");
    private static final Pattern VERB = Pattern.compile("\\b(said|says|stated|states|claimed|claims|claim|reported|"
            + "report|reports|told|announced|alleged|alleges|insisted|maintained|revealed|revealing|showed|showing|"
            + "attributed|attributes|concluded|found|confirmed|determined|blamed|blames|accused|argued|noted|added)\\b");
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:reportedly|allegedly|presumably|purportedly)\\b");
    private static final Pattern BOUNDARY = Pattern.compile(".*(?:[,;:—–(\"“”]|\\bthat\\b|\\bwhile\\b|\\bwhen\\b|"
            + "\\band\\b|\\bbut\\b)\\s*");
    private static final Set<String> TRAILING = Set.of("has", "have", "had", "also", "continued", "continues",
            "continue", "to", "repeatedly", "again", "previously", "earlier", "publicly", "officially", "later",
            "would", "will", "been", "initially", "first", "then");
    private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "its");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her");
    private static final int MAX_WORDS = 8;
    private static final Set<String> COMMON_NOUNS = Set.of("Autopsies", "Autopsy", "Officials", "Investigators",
            "Survivors", "Authorities", "Prosecutors", "Witnesses", "Doctors", "Experts", "Relatives", "Reports",
            "Sources", "Police", "Residents", "Analysts", "Lawyers", "Medics", "Critics", "Activists", "Diplomats",
            "Observers", "Journalists", "Media", "Families", "Rescuers", "Investigations", "Findings", "Tests");

    /** The source named in {@code clause}, a pronoun, {@link #UNNAMED}, or null. */
    String in(String clause) {
        Matcher m = ACCORDING.matcher(clause);
        if (m.find()) {
            return trim(m.group(1));
        }
        m = CLAIMS_THAT.matcher(clause);
        if (m.find()) {
            String who = capitalisedTail(m.group(1));
            if (who != null) {
                return who + " " + m.group(2);
            }
        }
        m = BY.matcher(clause);
        if (m.find()) {
            return trim(m.group(1));
        }
        m = VERB.matcher(clause);
        while (m.find()) {
            String who = subjectBefore(clause.substring(0, m.start()));
            if (who != null && m.group(1).endsWith("ing")) {
                who = byWhom(who);
            }
            if (who == null) {
                who = nameAfter(clause.substring(m.end()));
            }
            if (who != null) {
                return who;
            }
        }
        return HEDGE.matcher(clause).find() ? UNNAMED : null;
    }

    static boolean pronoun(String source) {
        return PRONOUNS.contains(source.toLowerCase(java.util.Locale.ROOT));
    }

    /** The noun phrase right before a reporting verb: "..., Russian investigators" → "Russian investigators". */
    private static String subjectBefore(String before) {
        Matcher b = BOUNDARY.matcher(before);
        String segment = b.lookingAt() ? before.substring(b.end()) : before;
        List<String> words = new java.util.ArrayList<>(List.of(segment.strip().split("\\s+")));
        while (!words.isEmpty() && TRAILING.contains(words.get(words.size() - 1).toLowerCase(java.util.Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        words.removeIf(String::isBlank);
        if (words.isEmpty()) {
            return null;
        }
        if (words.size() == 1 && pronoun(words.get(0))) {
            return words.get(0);
        }
        if (words.size() > MAX_WORDS) {
            return capitalisedTail(String.join(" ", words.subList(words.size() - MAX_WORDS, words.size())));
        }
        String first = words.get(0);
        boolean nounPhrase = Character.isUpperCase(first.codePointAt(0))
                || DETERMINERS.contains(first.toLowerCase(java.util.Locale.ROOT))
                || words.size() <= 3 && words.stream().allMatch(w -> w.matches("[\\p{Ll}-]+"));
        return nounPhrase ? clean(String.join(" ", words)) : capitalisedTail(String.join(" ", words));
    }

    /**
     * Before a participle the subject ends in what reveals ("Azerbaijan conducted independent autopsies
     * revealing ...") and begins with who made it: "independent autopsies by Azerbaijan".
     */
    private static String byWhom(String subject) {
        String[] w = subject.split("\\s+");
        for (int i = w.length - 2; i > 0; i--) {
            if (w[i].matches("\\p{Ll}+ed")) {
                return String.join(" ", java.util.Arrays.copyOfRange(w, i + 1, w.length)) + " by "
                        + String.join(" ", java.util.Arrays.copyOfRange(w, 0, i));
            }
        }
        return subject;
    }

    /** "said Peskov", "said the Kremlin spokesman Dmitry Peskov". */
    private static String nameAfter(String after) {
        Matcher m = Pattern.compile("^\\s+((?:the\\s+)?[A-Z][\\p{L}'’.-]*(?:\\s+[A-Z][\\p{L}'’.-]*){0,4})").matcher(after);
        return m.find() ? clean(m.group(1)) : null;
    }

    /** The words from the first capitalised one on: "contradicting Russian" → "Russian". */
    private static String capitalisedTail(String words) {
        String[] w = words.strip().split("\\s+");
        for (int i = 0; i < w.length; i++) {
            if (!w[i].isEmpty() && Character.isUpperCase(w[i].codePointAt(0))) {
                return clean(String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length)));
            }
        }
        return null;
    }

    private static String trim(String source) {
        String s = source.strip().replaceFirst("(?i)\\s+(?:that|who|which|on|in)\\b.*$", "");
        String[] w = s.split("\\s+");
        return clean(w.length > MAX_WORDS ? String.join(" ", java.util.Arrays.copyOf(w, MAX_WORDS)) : s);
    }

    /** "Autopsies revealed" starts a sentence; "according to autopsies" reads right. */
    private static String clean(String s) {
        String t = s.strip();
        int space = t.indexOf(' ');
        String first = space < 0 ? t : t.substring(0, space);
        if (COMMON_NOUNS.contains(first)) {
            t = Character.toLowerCase(first.charAt(0)) + t.substring(1);
        }
        return t.replaceAll("[\\s'’\"“”.,;:]+$", "").replaceAll("^[\\s'‘\"“”]+", "");
    }
}
