package org.storyline.enrich.coverage;

import java.util.List;
import java.util.Objects;

/**
 * One thing a story's articles report, with the articles that report it.
 *
 * <pre>{@code
 * new Fact(Fact.Kind.CLAIM, "about 50 people detained", List.of("seed001-aljazeera"))
 * }</pre>
 *
 * @param kind       what sort of fact
 * @param label      how it reads on a page
 * @param articleIds the articles that report it
 */
public record Fact(Kind kind, String label, List<String> articleIds) {

    /** The sorts of fact compared. */
    public enum Kind { EVENT, CLAIM, ACCOUNT, QUOTE }

    public Fact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        articleIds = List.copyOf(articleIds);
    }
}
