package org.storyline.extract.dump;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storyline.dedup.DuplicateDetector;
import org.storyline.model.ParsedArticle.Role;
import org.storyline.model.Published;
import org.storyline.text.Words;

/**
 * Finds copies of one story on a page and acts on them. Copies of the same article (the main article repeated in
 * its own related list, one copy longer) become one: the first copy's place and role, the fuller text, the
 * paragraph breaks of whichever copy has them, and fields one copy gives and the other lacks. Near copies that are
 * different publications (another outlet or another day) stay apart but lend each other their wording to find
 * inserted subheadings.
 */
final class CopyMerger {

    private static final double SAME_TEXT = 0.6;
    private static final double SAME_TEXT_ANY_TITLE = 0.9;
    private static final double SAME_TITLE = 0.6;
    private static final double NEAR_COPY = 0.5;
    private static final int ANCHOR_WORDS = 8;

    private CopyMerger() {
    }

    static List<Draft> merge(List<Draft> drafts) {
        List<Draft> items = withoutInsertedHeadings(drafts);
        List<Draft> merged = new ArrayList<>();
        boolean[] absorbed = new boolean[items.size()];
        for (int i = 0; i < items.size(); i++) {
            if (absorbed[i]) {
                continue;
            }
            Draft kept = items.get(i);
            for (int j = i + 1; j < items.size(); j++) {
                if (!absorbed[j] && sameArticle(kept, items.get(j))) {
                    kept = combine(kept, items.get(j));
                    absorbed[j] = true;
                }
            }
            merged.add(kept);
        }
        return merged;
    }

    private static List<Draft> withoutInsertedHeadings(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>(drafts);
        // Shingle each text once: comparing every pair would otherwise shingle each text 2(n-1) times.
        int[][] shingles = drafts.stream().map(d -> DuplicateDetector.shingles(d.text())).toArray(int[][]::new);
        for (int i = 0; i < out.size(); i++) {
            for (int j = 0; j < out.size(); j++) {
                if (i != j && DuplicateDetector.containment(shingles[i], shingles[j]) >= NEAR_COPY) {
                    Draft draft = out.get(i);
                    out.set(i, draft.withParagraphs(InsertedHeadings.remove(draft.paragraphs(), out.get(j).text())));
                    shingles[i] = DuplicateDetector.shingles(out.get(i).text());
                }
            }
        }
        return out;
    }

    static boolean sameArticle(Draft a, Draft b) {
        double containment = DuplicateDetector.containment(a.text(), b.text());
        boolean texts = containment >= SAME_TEXT_ANY_TITLE || containment >= SAME_TEXT && titleOverlap(a, b) >= SAME_TITLE;
        return texts && compatible(a.outlet(), b.outlet()) && sameDay(a.published(), b.published());
    }

    private static double titleOverlap(Draft a, Draft b) {
        Set<String> x = new HashSet<>(Words.of(a.title()));
        Set<String> y = new HashSet<>(Words.of(b.title()));
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        int union = x.size() + y.size() - both.size();
        return union == 0 ? 0 : (double) both.size() / union;
    }

    private static boolean compatible(String a, String b) {
        return a == null || b == null || LineFilter.fold(a).equals(LineFilter.fold(b));
    }

    private static boolean sameDay(Published a, Published b) {
        return a == null || b == null || a.date().equals(b.date());
    }

    private static Draft combine(Draft first, Draft second) {
        Draft fuller = second.wordCount() > first.wordCount() ? second : first;
        Draft other = fuller == first ? second : first;
        List<String> paragraphs = fuller.paragraphs().size() >= other.paragraphs().size()
                ? fuller.paragraphs() : transferBreaks(fuller.text(), other.paragraphs());
        Role role = first.role() == Role.MAIN || second.role() == Role.MAIN ? Role.MAIN : first.role();
        return new Draft(first.title(), pick(first.outlet(), second.outlet()), pick(first.published(), second.published()),
                pick(first.section(), second.section()), pick(first.author(), second.author()),
                first.hashtags().isEmpty() ? second.hashtags() : first.hashtags(), paragraphs, role);
    }

    private static <T> T pick(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    // The fuller copy is often one run-on block; the shorter copy shows where its paragraphs begin.
    private static List<String> transferBreaks(String text, List<String> structured) {
        String result = text;
        for (String paragraph : structured) {
            List<String> tokens = TextShape.tokens(paragraph);
            String anchor = String.join(" ", tokens.subList(0, Math.min(ANCHOR_WORDS, tokens.size())));
            int at = result.indexOf(" " + anchor);
            if (at >= 0 && anchor.length() > 0) {
                result = result.substring(0, at) + "\n\n" + result.substring(at + 1);
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : result.split("\n\n")) {
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph.strip());
            }
        }
        return paragraphs;
    }
}
