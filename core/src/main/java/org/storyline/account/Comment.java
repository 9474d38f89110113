package org.storyline.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A reader's comment on an article or a story. Its text is plain text: pages escape it and keep its line breaks.
 *
 * @param id         stable id
 * @param target     what it is about
 * @param authorId   the author's account id
 * @param authorName the author's name as shown
 * @param body       the text; empty once removed
 * @param createdAt  when it was written
 * @param editedAt   when its author last changed it, or null
 * @param removedAt  when a moderator (or its author) removed it, or null
 */
public record Comment(String id, Target target, String authorId, String authorName, String body, Instant createdAt,
                      Instant editedAt, Instant removedAt) {

    /** Most characters a comment may have. */
    public static final int MAX_LENGTH = 4000;

    public Comment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(body, "body");
    }

    public boolean removed() {
        return removedAt != null;
    }

    /** Why a comment's text cannot be posted, or null when it can. */
    public static String problem(String body) {
        if (body == null || body.isBlank()) {
            return "Write something first.";
        }
        if (body.length() > MAX_LENGTH) {
            return "A comment can have at most " + MAX_LENGTH + " characters; this one has " + body.length() + ".";
        }
        return null;
    }

    /** What can be commented on. */
    public enum Kind { ARTICLE, STORY }

    /** An article or a story, by id. */
    public record Target(Kind kind, String id) {
        public Target {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
        }
    }
}
