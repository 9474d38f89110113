package org.storyline.source.feed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns feed categories into hashtag candidates: words joined with each capitalised ("climate change" →
 * "ClimateChange", "U.S. News" → "USNews"), a leading '#' dropped, hierarchical paths reduced to their last
 * part ("News/World" → "World"). Candidates with no letter or over 40 characters are dropped.
 */
final class CategoryTags {

    private static final int MAX_LENGTH = 40;

    private CategoryTags() {
    }

    /** Categories stripped of blanks and case-insensitive duplicates, first spelling kept. */
    static List<String> unique(List<String> categories) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String category : categories) {
            if (category != null && !category.isBlank()) {
                String clean = category.strip().replaceAll("\\s+", " ");
                seen.putIfAbsent(clean.toLowerCase(Locale.ROOT), clean);
            }
        }
        return List.copyOf(seen.values());
    }

    static List<String> hashtags(List<String> categories) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String category : categories) {
            String tag = tag(category);
            if (tag != null) {
                tags.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
            }
        }
        return new ArrayList<>(tags.values());
    }

    /** Index of the last path separator, -1 when none; a scan, since categories are hostile input. */
    private static int lastSeparator(String category) {
        for (int i = category.length() - 1; i >= 0; i--) {
            if ("/>|»".indexOf(category.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String tag(String category) {
        if (category.length() > 200) {
            return null; // no hashtag comes from a paragraph
        }
        String last = category.substring(lastSeparator(category) + 1).strip();
        String[] words = last.replace(".", "").replace("'", "").replace("’", "").split("[^\\p{L}\\p{N}_]+");
        StringBuilder tag = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty()) {
                tag.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
        }
        boolean hasLetter = tag.chars().anyMatch(Character::isLetter);
        return hasLetter && tag.length() <= MAX_LENGTH ? tag.toString() : null;
    }
}
