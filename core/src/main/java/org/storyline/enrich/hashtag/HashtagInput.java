package org.storyline.enrich.hashtag;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article as the hashtag stage needs it.
 *
 * @param articleId its id
 * @param title     its headline
 * @param text      its body
 * @param published when it was published, or null
 * @param given     the hashtags its page gave, without '#'
 */
public record HashtagInput(String articleId, String title, String text, Instant published, List<String> given) {

    public HashtagInput {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        given = List.copyOf(given);
    }
}
