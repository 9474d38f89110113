package org.storyline.enrich.account;

import java.util.Objects;

/**
 * One source's account of a contested fact, as one article reports it.
 *
 * <pre>{@code
 * // AP: "Russia's Investigative Committee said Monday that one of the deaths had been caused by heart failure."
 * Account[articleId=ap, topic=CAUSE_OF_DEATH, cause=natural causes (heart failure), evidence=heart failure,
 *         source=Russia's Investigative Committee, side=Russia, sentence=...]
 * }</pre>
 *
 * @param articleId the article
 * @param topic     what the account explains
 * @param cause     the cause or blamed party in the registry's words ("violence (torture, beatings, injuries)")
 * @param evidence  the words of the sentence that name it ("post-traumatic shock caused by multiple injuries")
 * @param source    who the article attributes it to, as written ("Russian investigators", "unnamed reports")
 * @param side      the country the source speaks for, or null when it names none
 * @param sentence  the sentence
 */
public record Account(String articleId, Topic topic, String cause, String evidence, String source, String side,
                      String sentence) {

    public Account {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sentence, "sentence");
    }
}
