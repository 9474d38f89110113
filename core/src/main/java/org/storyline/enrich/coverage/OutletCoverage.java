package org.storyline.enrich.coverage;

import java.util.List;
import java.util.Objects;

/**
 * What one outlet's articles in a story cover against the other outlets'.
 *
 * @param outlet     the outlet
 * @param articleIds its articles in the story
 * @param reported   how many of the story's facts it reports
 * @param exclusive  facts only this outlet reports
 * @param missing    facts most other outlets report and this one does not
 */
public record OutletCoverage(String outlet, List<String> articleIds, int reported, List<Fact> exclusive,
                             List<Fact> missing) {

    public OutletCoverage {
        Objects.requireNonNull(outlet, "outlet");
        articleIds = List.copyOf(articleIds);
        exclusive = List.copyOf(exclusive);
        missing = List.copyOf(missing);
    }
}
