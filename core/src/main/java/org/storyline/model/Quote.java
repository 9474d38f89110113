package org.storyline.model;

import java.util.Objects;
import org.storyline.model.Published;

/**
 * Who said what: a direct quotation or a reported statement, with its speaker.
 *
 * @param text        the words quoted (direct; passages of one quotation joined by " … ") or the reported clause
 * @param kind        direct quotation or reported speech
 * @param speakerId   the article-level entity id of the speaker ({@link Entity#id})
 * @param speakerName the speaker's canonical name in the article
 * @param start       offset in the article text where the quotation or statement begins
 * @param published   the article's publication time, or null
 * @param outlet      the article's outlet, or null
 */
public record Quote(String text, Kind kind, String speakerId, String speakerName, int start, Published published,
                    String outlet) {

    /** Quoted words, or a statement reported in the writer's words ("X said that ..."). */
    public enum Kind { DIRECT, REPORTED }

    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(speakerId, "speakerId");
        Objects.requireNonNull(speakerName, "speakerName");
    }
}
