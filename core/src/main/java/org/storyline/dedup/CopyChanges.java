package org.storyline.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.storyline.text.Words;

/**
 * What a republished copy changed against its canonical article, for readers: inserted subheadings (glued into
 * a paragraph or on their own), added and trimmed sentences, reworded sentences, a different headline.
 *
 * <pre>{@code
 * CopyChanges.Comparison c = CopyChanges.compare(apTitle, apText, copyTitle, copyText);
 * c.summary();  // "3 inserted subheadings; 1 reworded sentence; 1 sentence trimmed; same headline"
 * }</pre>
 *
 * <p>Sentences are aligned by their longest common subsequence (on folded words, so punctuation and case do
 * not count); unaligned runs at the same place are paired into rewordings when they share most words.
 */
public final class CopyChanges {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…][\"'’”)]?)\\s+(?=[\\p{Lu}\\d\"'‘“(])");
    private static final int MAX_SENTENCES = 600;
    private static final int MAX_SUBHEADING_WORDS = 14;
    private static final double REWORDED = 0.5;

    private CopyChanges() {
    }

    /** The kinds of change a copy makes. */
    public enum Kind { INSERTED_SUBHEADING, REMOVED_SUBHEADING, INSERTED_TEXT, REMOVED_TEXT, REWORDED }

    /**
     * One change: for REWORDED, {@code before} and {@code after} are the two sentences; for insertions only
     * {@code after}; for removals only {@code before}.
     */
    public record Change(Kind kind, String before, String after) {}

    /** A copy's changes in document order, and whether its headline differs. */
    public record Comparison(boolean headlineChanged, String canonicalTitle, String copyTitle, List<Change> changes) {

        public boolean identical() {
            return !headlineChanged && changes.isEmpty();
        }

        /** One line: "3 inserted subheadings; 1 sentence reworded; same headline". */
        public String summary() {
            List<String> parts = new ArrayList<>();
            count(parts, Kind.INSERTED_SUBHEADING, "inserted subheading", "inserted subheadings");
            count(parts, Kind.REMOVED_SUBHEADING, "subheading left out", "subheadings left out");
            count(parts, Kind.INSERTED_TEXT, "sentence added", "sentences added");
            count(parts, Kind.REMOVED_TEXT, "sentence trimmed", "sentences trimmed");
            count(parts, Kind.REWORDED, "sentence reworded", "sentences reworded");
            parts.add(headlineChanged ? "different headline" : "same headline");
            return parts.size() == 1 && !headlineChanged ? "identical text; same headline" : String.join("; ", parts);
        }

        private void count(List<String> parts, Kind kind, String one, String many) {
            long n = changes.stream().filter(c -> c.kind() == kind).count();
            if (n > 0) {
                parts.add(n + " " + (n == 1 ? one : many));
            }
        }
    }

    public static Comparison compare(String canonicalTitle, String canonicalText, String copyTitle, String copyText) {
        List<String> a = sentences(canonicalText);
        List<String> b = sentences(copyText);
        boolean headline = !key(canonicalTitle).equals(key(copyTitle));
        return new Comparison(headline, canonicalTitle, copyTitle, align(a, b));
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n\n")) {
            for (String s : SENTENCE_END.split(paragraph.strip())) {
                if (!s.isBlank() && out.size() < MAX_SENTENCES) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    private static List<Change> align(List<String> a, List<String> b) {
        List<String> ka = a.stream().map(CopyChanges::key).toList();
        List<String> kb = b.stream().map(CopyChanges::key).toList();
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = ka.get(i).equals(kb.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Change> changes = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> inserted = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && ka.get(i).equals(kb.get(j))) {
                pair(removed, inserted, changes);
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                inserted.add(b.get(j++));
            } else {
                removed.add(a.get(i++));
            }
        }
        pair(removed, inserted, changes);
        return changes;
    }

    /** Turns a run of removed and inserted sentences at one place into changes, pairing rewordings. */
    private static void pair(List<String> removed, List<String> inserted, List<Change> changes) {
        for (String before : List.copyOf(removed)) {
            // The original glued a subheading in front of a sentence the copy kept without it.
            inserted.stream().filter(i -> isGluedHeading(i, before)).findFirst().ifPresent(after -> {
                changes.add(new Change(Kind.REMOVED_SUBHEADING, gluedHeading(after, before), null));
                removed.remove(before);
                inserted.remove(after);
            });
        }
        for (String after : inserted) {
            String before = removed.stream().filter(r -> isGluedHeading(r, after) || similar(r, after) >= REWORDED)
                    .findFirst().orElse(null);
            if (before == null) {
                changes.add(new Change(looksLikeHeading(after) ? Kind.INSERTED_SUBHEADING : Kind.INSERTED_TEXT, null, after));
                continue;
            }
            removed.remove(before);
            if (isGluedHeading(before, after)) {
                changes.add(new Change(Kind.INSERTED_SUBHEADING, null, gluedHeading(before, after)));
            } else {
                changes.add(new Change(Kind.REWORDED, before, after));
            }
        }
        removed.forEach(r -> changes.add(new Change(Kind.REMOVED_TEXT, r, null)));
        removed.clear();
        inserted.clear();
    }

    /** The copy's sentence is a short headline glued in front of the canonical sentence. */
    private static boolean isGluedHeading(String before, String after) {
        List<String> x = Words.of(before);
        List<String> y = Words.of(after);
        int extra = y.size() - x.size();
        return extra > 0 && extra <= MAX_SUBHEADING_WORDS && y.subList(extra, y.size()).equals(x);
    }

    /** The words the copy put before the canonical sentence, as the copy wrote them. */
    private static String gluedHeading(String before, String after) {
        int extra = Words.of(after).size() - Words.of(before).size();
        String[] tokens = after.split("\\s+");
        StringBuilder heading = new StringBuilder();
        int words = 0;
        for (String token : tokens) {
            if (words >= extra) {
                break;
            }
            heading.append(heading.isEmpty() ? "" : " ").append(token);
            words += Words.of(token).size();
        }
        return heading.toString();
    }

    private static boolean looksLikeHeading(String sentence) {
        String s = sentence.strip();
        return Words.of(s).size() <= MAX_SUBHEADING_WORDS && !s.isEmpty() && ".!?…\"'’”".indexOf(s.charAt(s.length() - 1)) < 0;
    }

    private static double similar(String x, String y) {
        var a = new java.util.HashSet<>(Words.of(x));
        var b = new java.util.HashSet<>(Words.of(y));
        int union = a.size() + b.size();
        a.retainAll(b);
        union -= a.size();
        return union == 0 ? 1 : (double) a.size() / union;
    }

    private static String key(String text) {
        return String.join(" ", Words.of(text == null ? "" : text));
    }
}
