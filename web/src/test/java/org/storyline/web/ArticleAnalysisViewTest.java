package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleAnalysisViewTest {

    private static final String TEXT = "Police detained seven people on Monday.\n\nThe raid followed a week of protests."
            + " Officials said more arrests were likely.\n\nThe embassy protested on Tuesday.";

    @Test
    void aSummaryThatIsOnlyTheOpeningIsNotShownAgainAboveIt() {
        String opening = "Police detained seven people on Monday. The raid followed a week of protests.";
        assertThat(ArticleAnalysisView.of(opening, TEXT, "en", null).summary()).isEmpty();
        assertThat(ArticleAnalysisView.of(opening, TEXT, "en", null).language()).isEqualTo("English");
    }

    @Test
    void aSummaryThatReachesPastTheOpeningIsShown() {
        String picked = "Police detained seven people on Monday. The embassy protested on Tuesday.";
        assertThat(ArticleAnalysisView.of(picked, TEXT, "en", null).summary()).isEqualTo(picked);
        assertThat(ArticleAnalysisView.of("", TEXT, null, null).summary()).isEmpty();
        assertThat(ArticleAnalysisView.of("Police detained seven people on Monday. The raid", "Police detained", "en",
                null).summary()).as("a text shorter than the summary does not open with it").isNotEmpty();
        assertThat(ArticleAnalysisView.of(" Police detained\nseven people ", "Police  detained seven people on Monday.",
                "en", null).summary()).as("white space runs of any kind and length match").isEmpty();
    }
}
