package org.storyline.enrich.opinion;

import java.util.Objects;

/**
 * What kind of piece an article is, and why.
 *
 * <pre>{@code
 * Genre[kind=OPINION, reason="section “Opinion”"]
 * }</pre>
 *
 * @param kind   news, analysis or opinion
 * @param reason the signal that decided it, as a reader would read it ("" for plain news)
 */
public record Genre(Kind kind, String reason) {

    public Genre {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }

    /** The kinds of piece a story's coverage is grouped by. */
    public enum Kind {
        NEWS, ANALYSIS, OPINION;

        /** "news", "analysis", "opinion". */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static Genre news() {
        return new Genre(Kind.NEWS, "");
    }
}
