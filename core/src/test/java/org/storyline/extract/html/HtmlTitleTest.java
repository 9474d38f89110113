package org.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** How the headline is chosen and cleaned of the site's name, in scripts that join them without spaces. */
class HtmlTitleTest {

    private static final String BODY = "<article><p>The storm reached the coast on Thursday, flooding streets, "
            + "closing schools and cutting power to thousands of homes along the bay.</p><p>Officials said repairs "
            + "would take days, and asked residents to stay away from the water until further notice.</p></article>";

    private final HtmlExtractor extractor = new HtmlExtractor();

    private String title(String head) {
        return extractor.extract("<html><head>" + head + "</head><body>" + BODY + "</body></html>",
                URI.create("https://news.example.kr/a/1")).title();
    }

    @Test
    void koreanSectionAndOutletJoinedWithoutSpacesAreCut() {
        String head = "<meta property=\"og:site_name\" content=\"한국신문\">"
                + "<meta property=\"article:section\" content=\"정치\">"
                + "<meta property=\"og:title\" content=\"여야, 예산안 처리 시한 넘겨… 협상 계속-정치ㅣ한국신문\">";
        assertThat(title(head)).isEqualTo("여야, 예산안 처리 시한 넘겨… 협상 계속");
    }

    @Test
    void japaneseFullWidthSeparatorBeforeOutletIsCut() {
        String head = "<meta property=\"og:site_name\" content=\"東洋新聞デジタル\">"
                + "<title>台風10号、九州に上陸　交通に乱れ：東洋新聞デジタル</title>";
        assertThat(title(head)).isEqualTo("台風10号、九州に上陸　交通に乱れ");
    }

    @Test
    void aHeadlineEndingInWordsThatAreNotTheOutletIsKept() {
        String head = "<meta property=\"og:site_name\" content=\"Daily Planet\">"
                + "<title>Biden-Trump debate: what we learned</title>";
        assertThat(title(head)).isEqualTo("Biden-Trump debate: what we learned");
        assertThat(TitleCleaner.withoutTightSuffix("Storm over the Planet", "Daily Planet", null))
                .isEqualTo("Storm over the Planet");
        assertThat(TitleCleaner.withoutTightSuffix("Storm-Planet", "Daily Planet", null)).isEqualTo("Storm-Planet");
    }

    @Test
    void aSectionIsCutOnlyAfterTheOutletWas() {
        assertThat(TitleCleaner.withoutTightSuffix("Rates rise again-Economy", "Planet", "Economy"))
                .isEqualTo("Rates rise again-Economy");
        assertThat(TitleCleaner.withoutTightSuffix("Rates rise again-Economy|Planet", "Planet", "Economy"))
                .isEqualTo("Rates rise again");
    }
}
