package org.storyline.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.storyline.model.Article;
import org.storyline.model.Published;

/**
 * Pure rules for combining two sightings of one article and for choosing a duplicate group's canonical copy.
 */
final class ArticleMerge {

    private ArticleMerge() {
    }

    /**
     * One article from two sightings of it (the same outlet and headline on two pages): the fuller text,
     * every field either sighting knows, the more exact date, the hashtags of both.
     */
    static Article combine(Article stored, Article incoming) {
        boolean fuller = incoming.wordCount() > stored.wordCount();
        Article base = fuller ? incoming : stored;
        Article other = fuller ? stored : incoming;
        return new Article(stored.id(), base.title(), first(base.outlet(), other.outlet()),
                base.url() != null ? base.url() : other.url(), betterDate(stored.published(), incoming.published()),
                first(base.section(), other.section()), first(base.author(), other.author()),
                first(base.language(), other.language()), union(stored.hashtags(), incoming.hashtags()),
                base.text(), stored.origin());
    }

    /** True when {@code candidate} should lead a duplicate group instead of {@code current}: earlier, else fuller. */
    static boolean leads(Article candidate, Article current) {
        Published a = candidate.published();
        Published b = current.published();
        if (a != null && b != null && !a.date().equals(b.date())) {
            return a.date().isBefore(b.date());
        }
        if (a != null && b == null) {
            return true;
        }
        if (a == null && b != null) {
            return false;
        }
        return candidate.wordCount() > current.wordCount();
    }

    private static Published betterDate(Published a, Published b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        if (a.approximate() != b.approximate()) {
            return a.approximate() ? b : a;
        }
        // A finer unit (HOURS) is a more exact date than a coarser one (DAYS).
        return b.precision().compareTo(a.precision()) < 0 ? b : a;
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static List<String> union(List<String> a, List<String> b) {
        var seen = new LinkedHashSet<String>();
        var out = new ArrayList<String>();
        for (String tag : a) {
            if (seen.add(tag.toLowerCase(Locale.ROOT))) {
                out.add(tag);
            }
        }
        for (String tag : b) {
            if (seen.add(tag.toLowerCase(Locale.ROOT))) {
                out.add(tag);
            }
        }
        return out;
    }
}
