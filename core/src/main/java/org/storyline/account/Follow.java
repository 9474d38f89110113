package org.storyline.account;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Something a reader follows: a story, a hashtag or an entity, by kind and key, with what the reader had seen of
 * it at the last visit.
 *
 * @param kind    what is followed
 * @param key     the story id, the hashtag in lower case without '#', or the entity id
 * @param label   how it reads (the story's title, "#SputnikAzerbaijan", the entity's name)
 * @param seenSeq the highest article sequence number the reader had seen for it
 * @param seenAt  when the reader last looked at what was new
 */
public record Follow(Kind kind, String key, String label, long seenSeq, Instant seenAt) {

    public Follow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
    }

    /** Kinds of things to follow; entity pages live at {@code /entity/{id}}. */
    public enum Kind {
        STORY, HASHTAG, ENTITY;

        /** "story" → STORY; empty for anything else. */
        public static Optional<Kind> parse(String name) {
            for (Kind kind : values()) {
                if (kind.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }

        /** The key this kind keeps for a typed value: hashtags lose '#' and case. */
        public String key(String value) {
            String v = value == null ? "" : value.strip();
            return this == HASHTAG ? v.replaceFirst("^#", "").toLowerCase(Locale.ROOT) : v;
        }

        public String path() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
