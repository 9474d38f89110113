package org.storyline.extract.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Interface labels publishers put between an article's paragraphs or at its end, on a line of their own:
 * "Advertisement", "Read more", "Related", and their forms in the languages Storyline reads. A label is
 * matched only as a whole line (trailing colons and dots aside), so a sentence that starts with such words
 * stays.
 *
 * <pre>{@code
 * InterfaceLabels.isLabel("Lesen Sie auch:");   // true
 * InterfaceLabels.isLabel("Read more about the storm in our live blog.");   // false
 * }</pre>
 *
 * <p>Fixed labels are looked up in a set, as this runs on every short block of every page; only the few
 * English ones with a variable part are a pattern.
 */
final class InterfaceLabels {

    /** No label is longer; longer lines are text. */
    private static final int MAX_LABEL = 60;

    private static final Set<String> ENGLISH = Set.of("advertisement", "advertising", "ad", "sponsored",
            "sponsored content", "story continues below", "story continues below advertisement", "continue reading",
            "continue reading below", "article continues below", "read more", "read next", "related",
            "related articles", "related stories", "related content", "recommended", "share", "share this",
            "share this article", "share this story", "more on this story", "skip advertisement", "advert",
            "comment", "comments", "this slideshow requires javascript", "image", "photo", "video", "listen",
            "subscribe", "sign up", "don't miss", "don’t miss", "do not miss", "must read", "see also", "read also",
            "also read", "top stories");
    /**
     * "Read also", "More on the topic", "Related articles", "Advertisement" in German, French, Spanish,
     * Italian, Portuguese, Dutch, the Scandinavian languages, Polish, Czech, Russian, Ukrainian, Turkish,
     * Azerbaijani, Japanese, Korean and Chinese.
     */
    private static final Set<String> OTHERS = Set.of("lesen sie auch", "lesen sie mehr", "mehr zum thema",
            "mehr dazu", "auch interessant", "das könnte sie auch interessieren", "weiterlesen", "anzeige", "werbung",
            "zum thema", "lire aussi", "à lire aussi", "a lire aussi", "lire la suite", "voir aussi", "à voir aussi",
            "sur le même sujet", "publicité", "lee también", "leer más", "te puede interesar", "noticia relacionada",
            "noticias relacionadas", "ver también", "publicidad", "leggi anche", "leggi di più",
            "potrebbe interessarti", "articoli correlati", "pubblicità", "leia também", "leia mais", "veja também",
            "saiba mais", "publicidade", "lees ook", "lees meer", "bekijk ook", "advertentie", "läs också", "läs mer",
            "annons", "les også", "les mer", "læs også", "læs mere", "annonse", "annonce", "czytaj więcej",
            "czytaj też", "czytaj także", "zobacz też", "zobacz także", "polecamy", "reklama", "čtěte také",
            "přečtěte si také", "související články", "читайте также", "читайте також", "смотрите также", "по теме",
            "реклама", "ilgili haberler", "bunlar da ilginizi çekebilir", "devamını oku", "reklam", "oxşar xəbərlər",
            "関連記事", "あわせて読みたい", "広告", "관련기사", "관련 기사", "광고", "相关阅读", "相关新闻", "延伸阅读", "广告");
    /** English labels with a variable part: "Share on Facebook", "More from Politics", "Photo 3 of 12". */
    private static final Pattern VARIABLE = Pattern.compile(
            "share on \\w+|more from \\w+( \\w+)?|(image|photo|picture|slide) \\d+ (of|/) \\d+",
            Pattern.UNICODE_CHARACTER_CLASS);

    private InterfaceLabels() {
    }

    /** True when {@code line} is one of the labels and nothing more. */
    static boolean isLabel(String line) {
        if (line.length() >= MAX_LABEL) {
            return false;
        }
        int end = line.length();
        while (end > 0 && " \t:.!…".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        String key = line.substring(0, end).strip().toLowerCase(Locale.ROOT);
        return ENGLISH.contains(key) || OTHERS.contains(key) || VARIABLE.matcher(key).matches();
    }
}
