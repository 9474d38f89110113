package org.storyline.source.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Teaser detection and hashtag candidates. */
class FeedItemSignalsTest {

    private static final String LONG = "word ".repeat(80).strip();

    @ParameterizedTest
    @ValueSource(strings = {" …", "...", " [&hellip;]", " [...]", " <a href=\"/x\">Read more</a>", " Read more »",
            " Continue reading →", " <a>Read the full story</a>"})
    void longTextWithATeaserEndingIsATeaser(String ending) {
        assertThat(TeaserDetector.isTeaser(new Body("<p>" + LONG + ending + "</p>", Body.Markup.HTML))).isTrue();
    }

    @Test
    void shortOrMissingTextIsATeaserAndLongTextIsNot() {
        assertThat(TeaserDetector.isTeaser(null)).isTrue();
        assertThat(TeaserDetector.isTeaser(new Body("Just a line.", Body.Markup.TEXT))).isTrue();
        assertThat(TeaserDetector.isTeaser(new Body(LONG + ".", Body.Markup.TEXT))).isFalse();
        assertThat(TeaserDetector.isTeaser(new Body(LONG + " and we need more.", Body.Markup.TEXT))).isFalse();
    }

    @Test
    @Timeout(5)
    void hostileTextStaysLinear() {
        String spaces = " ".repeat(1_000_000) + "x";
        assertThat(TeaserDetector.isTeaser(new Body(spaces, Body.Markup.HTML))).isTrue();
        assertThat(TeaserDetector.isTeaser(new Body("<" + spaces, Body.Markup.HTML))).isTrue();
        assertThat(CategoryTags.hashtags(List.of(spaces, "(".repeat(100_000)))).isEmpty();
        assertThat(FeedDates.parse("(".repeat(100_000) + ")")).isNull();
    }

    @Test
    void hashtagsFromCategories() {
        List<String> unique = CategoryTags.unique(List.of("Climate change", " climate  CHANGE ", "U.S. News", "News > World",
                "#Elections2025", "2025", "  ", "O'Brien", "a".repeat(41), "Économie"));
        assertThat(unique).hasSize(8);
        assertThat(CategoryTags.hashtags(unique))
                .containsExactly("ClimateChange", "USNews", "World", "Elections2025", "OBrien", "Économie");
    }
}
