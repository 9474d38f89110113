package org.storyline.web;

import gg.jte.Content;
import gg.jte.html.escape.Escape;
import java.util.ArrayList;
import java.util.List;

/** A reworded sentence as one line: unchanged words plain, removed words in {@code <del>}, added in {@code <ins>}. */
public final class WordDiff {

    private static final int MAX_WORDS = 400;

    private WordDiff() {
    }

    public static Content of(String before, String after) {
        String[] a = limit(before.split("\\s+"));
        String[] b = limit(after.split("\\s+"));
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String[]> parts = new ArrayList<>(); // {kind, word}: kind "=", "-", "+"
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                parts.add(new String[] {"=", a[i++]});
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                parts.add(new String[] {"+", b[j++]});
            } else {
                parts.add(new String[] {"-", a[i++]});
            }
        }
        return out -> {
            for (String[] part : parts) {
                String open = part[0].equals("-") ? "<del>" : part[0].equals("+") ? "<ins>" : "";
                out.writeContent(open);
                Escape.htmlContent(part[1], out);
                out.writeContent(open.isEmpty() ? " " : open.replace("<", "</") + " ");
            }
        };
    }

    private static String[] limit(String[] words) {
        return words.length <= MAX_WORDS ? words : java.util.Arrays.copyOf(words, MAX_WORDS);
    }
}
