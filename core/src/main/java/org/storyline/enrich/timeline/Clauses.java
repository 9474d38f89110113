package org.storyline.enrich.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the clause that a date belongs to out of its sentence, for an event's short description.
 *
 * <p>"On June 27, Russian special forces conducted a raid ..." gives "Russian special forces conducted a
 * raid ...": a clause left with fewer than four words by removing the date is joined to the next one, so
 * the main predicate stays. "Since December, when a jet was attacked" gives the when-clause. A dated
 * speech clause ("..., the ministry said Tuesday") gives what was said, with the speaker.
 */
final class Clauses {

    static final int MAX_WORDS = 25;
    private static final int MIN_WORDS = 4;
    private static final Pattern BOUNDARY = Pattern.compile(",\\s+|;\\s+|:\\s+|\\s+[–—-]\\s+");
    private static final Pattern WHEN = Pattern.compile("^,?\\s*when\\s+([^;]+)");
    private static final Pattern SPEECH = Pattern.compile(
            "\\b(said|says|saying|quoted|stated|announced|reported|told)\\b");
    /** A finite verb, roughly: a past form or a common auxiliary; appositives ("the envoy, Mr X,") lack one. */
    private static final Pattern VERB = Pattern.compile("\\b(\\p{L}{3,}ed|was|were|is|are|has|have|had|did|died|"
            + "began|met|held|said|says|took|made|came|went|fell|hit|shot|struck|led|left|won|lost|told|saw|sent|"
            + "ran|gave|got|became|will|would|greeted)\\b");

    /** The when-clause right after the date ("since December, when ..."), or null. */
    String whenClause(String sentence, int dateEnd) {
        Matcher m = WHEN.matcher(sentence.substring(dateEnd));
        return m.find() ? clip(m.group(1)) : null;
    }

    /** The clause around the date at [start, end), without the date words, at most {@value #MAX_WORDS} words. */
    String around(String sentence, int start, int end) {
        List<int[]> clauses = split(sentence);
        int at = 0;
        while (at < clauses.size() - 1 && clauses.get(at)[1] <= start) {
            at++;
        }
        int from = clauses.get(at)[0];
        int to = clauses.get(at)[1];
        String text = without(sentence, from, to, start, end);
        if (SPEECH.matcher(text).find() && at > 0) {
            return clip(without(sentence, 0, to, start, end));
        }
        while ((words(text) < MIN_WORDS || !VERB.matcher(text).find()) && at < clauses.size() - 1) {
            to = clauses.get(++at)[1];
            text = without(sentence, from, to, start, end);
        }
        return clip(text);
    }

    private static List<int[]> split(String sentence) {
        List<int[]> out = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(sentence);
        int from = 0;
        while (m.find()) {
            out.add(new int[] {from, m.start()});
            from = m.end();
        }
        out.add(new int[] {from, sentence.length()});
        return out;
    }

    private static String without(String sentence, int from, int to, int start, int end) {
        String before = start > from ? sentence.substring(from, Math.min(start, to)) : "";
        String after = end < to ? sentence.substring(Math.max(end, from), to) : "";
        return (before + " " + after).replaceAll("\\[\\s*]|\\(\\s*\\)", " ").replaceAll("\\s+", " ")
                .replaceAll(" ([,.;:])", "$1").strip();
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.split("\\s+").length;
    }

    /** Trims to {@value #MAX_WORDS} words and strips dangling punctuation and quote marks. */
    static String clip(String text) {
        String[] words = text.strip().split("\\s+");
        String joined = words.length <= MAX_WORDS ? text.strip()
                : String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS)) + " …";
        return joined.replaceAll("^[\\s,;:'\"‘’“”–—-]+|[\\s,;:.'\"‘’“”–—-]+$", "");
    }
}
