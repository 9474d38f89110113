package org.storyline.extract.dump;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Published;

/**
 * Reads the page's own article from the head of the page: the first headline-shaped line is the title, a short
 * kicker above it is the section, a "By ..." line the author, a date line the date, the rest the body.
 * A head that is only a listing header ("Latest news with #Tag") has no article but gives the page's hashtags.
 */
final class HeadReader {

    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}&])#(\\p{L}[\\p{L}\\p{N}_]*)");
    private static final Pattern BYLINE = Pattern.compile("^By\\s+(\\p{Lu}[\\p{L}.'-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}.'-]*){0,5})$");
    private static final int MAX_KICKER_WORDS = 3;
    private static final int MAX_TITLE_WORDS = 30;

    private final DumpDates dates;

    HeadReader(DumpDates dates) {
        this.dates = dates;
    }

    /** Hashtags named in short, non-sentence lines (tag lines and listing headers), without '#', in order. */
    static List<String> hashtags(List<Line> lines) {
        Set<String> tags = new LinkedHashSet<>();
        for (Line line : lines) {
            if (!TextShape.isProse(line.text()) && TextShape.wordCount(line.text()) <= 12) {
                Matcher m = HASHTAG.matcher(line.text());
                while (m.find()) {
                    tags.add(m.group(1));
                }
            }
        }
        return List.copyOf(tags);
    }

    /** The head's article, body uncleaned; empty when the head has no title. */
    Optional<RawItem> read(List<Line> head) {
        int titleAt = titleIndex(head);
        if (titleAt < 0) {
            return Optional.empty();
        }
        String title = head.get(titleAt).text();
        String section = kicker(head.subList(0, titleAt));
        String author = null;
        Published published = null;
        List<Line> body = new ArrayList<>();
        for (Line line : head.subList(titleAt + 1, head.size())) {
            Matcher byline = BYLINE.matcher(line.text());
            Optional<Published> date = dates.parse(line.text());
            if (author == null && byline.matches()) {
                author = byline.group(1);
            } else if (published == null && date.isPresent()) {
                published = date.get();
            } else {
                body.add(line);
            }
        }
        return Optional.of(new RawItem(title, null, published, section, author, hashtags(head), body));
    }

    // The title is the last headline-shaped line before the first paragraph: site names, "Skip to content" and
    // kickers come before it, bylines and dates after it.
    private int titleIndex(List<Line> head) {
        int title = -1;
        for (int i = 0; i < head.size(); i++) {
            String text = head.get(i).text();
            if (isStatement(text)) {
                break;
            }
            if (isTitleCandidate(text)) {
                title = i;
            }
        }
        return title;
    }

    // Running text ending in a full stop is body; a headline may end in ? or ! but not in a stop.
    private static boolean isStatement(String text) {
        String s = text.strip();
        return TextShape.isProse(s) && !s.endsWith("?") && !s.endsWith("!");
    }

    private boolean isTitleCandidate(String text) {
        int words = TextShape.wordCount(text);
        return words >= 3 && words <= MAX_TITLE_WORDS && !isStatement(text) && !text.contains("#") && !LineFilter.isUi(text)
                && !dates.isDate(text) && !BYLINE.matcher(text).matches() && TextShape.looksLikeWords(text, 0);
    }

    // The last short plain line above the title ("Azerbaijan", "Politics") is the section it is filed under.
    private String kicker(List<Line> above) {
        String kicker = null;
        for (Line line : above) {
            String text = line.text();
            boolean plain = TextShape.wordCount(text) <= MAX_KICKER_WORDS && !TextShape.endsLikeSentence(text)
                    && TextShape.looksLikeWords(text, 0) && !LineFilter.isUi(text) && !dates.isDate(text);
            if (plain && !text.contains("#") && Character.isUpperCase(text.charAt(0))) {
                kicker = text;
            }
        }
        return kicker;
    }
}
