package org.storyline.model;

import java.util.List;
import org.storyline.text.StableHash;
import org.storyline.text.Words;

/**
 * Stable article ids. The same outlet and headline always give the same id, whatever page they came
 * from and however much of the body that page showed; without a headline the body's first words decide.
 */
public final class ArticleIds {

    private static final int BODY_WORDS_FOR_ID = 40;

    private ArticleIds() {
    }

    public static String of(ParsedArticle article) {
        return of(article.outlet(), article.title(), article.text());
    }

    public static String of(String outlet, String title, String text) {
        String outletKey = outlet == null ? "" : String.join(" ", Words.of(outlet));
        List<String> titleWords = Words.of(title);
        String key = titleWords.isEmpty()
                ? "body:" + String.join(" ", Words.of(text).stream().limit(BODY_WORDS_FOR_ID).toList())
                : "title:" + String.join(" ", titleWords);
        return StableHash.of(outletKey + "|" + key);
    }
}
