package org.storyline.extract.html;

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
 */
final class InterfaceLabels {

    /** No label is longer; longer lines are text. */
    private static final int MAX_LABEL = 60;

    private static final Pattern ENGLISH = Pattern.compile("advertisement|advertising|ad|sponsored"
            + "|sponsored content|story continues below( advertisement)?|continue reading( below)?"
            + "|article continues below"
            + "|read more|read next|related|related articles|related stories|related content|recommended"
            + "|share|share this|share this article|share this story|share on \\w+|more on this story"
            + "|skip advertisement|advert|comments?|this slideshow requires javascript|image|photo|video|listen"
            + "|subscribe|sign up"
            + "|don['’]t miss|do not miss|must read|see also|read also|also read|more from \\w+( \\w+)?|top stories"
            + "|(image|photo|picture|slide) \\d+ (of|/) \\d+");
    /**
     * "Read also", "More on the topic", "Related articles", "Advertisement" in German, French, Spanish,
     * Italian, Portuguese, Dutch, the Scandinavian languages, Polish, Czech, Russian, Ukrainian, Turkish,
     * Azerbaijani, Japanese, Korean and Chinese.
     */
    private static final Pattern OTHERS = Pattern.compile("lesen sie auch|lesen sie mehr|mehr zum thema|mehr dazu"
            + "|auch interessant|das könnte sie auch interessieren|weiterlesen|anzeige|werbung|zum thema"
            + "|lire aussi|à lire aussi|a lire aussi|lire la suite|voir aussi|à voir aussi|sur le même sujet|publicité"
            + "|lee también|leer más|te puede interesar|noticia relacionada|noticias relacionadas|ver también"
            + "|publicidad|leggi anche|leggi di più|potrebbe interessarti|articoli correlati|pubblicità"
            + "|leia também|leia mais|veja também|saiba mais|publicidade|lees ook|lees meer|bekijk ook|advertentie"
            + "|läs också|läs mer|annons|les også|les mer|læs også|læs mere|annonse|annonce"
            + "|czytaj więcej|czytaj też|czytaj także|zobacz też|zobacz także|polecamy|reklama"
            + "|čtěte také|přečtěte si také|související články|читайте также|читайте також|смотрите также"
            + "|по теме|реклама|ilgili haberler|bunlar da ilginizi çekebilir|devamını oku|reklam|oxşar xəbərlər"
            + "|関連記事|あわせて読みたい|広告|관련기사|관련 기사|광고|相关阅读|相关新闻|延伸阅读|广告");
    private static final Pattern LABEL = Pattern.compile("(?iu)^(" + ENGLISH.pattern() + "|" + OTHERS.pattern()
            + ")[\\s:.!…]*$");

    private InterfaceLabels() {
    }

    /** True when {@code line} is one of the labels and nothing more. */
    static boolean isLabel(String line) {
        return line.length() < MAX_LABEL && LABEL.matcher(line).matches();
    }
}
