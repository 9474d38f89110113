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
    void aPageReadWithoutItsAddressNamesItsHostByItsCanonicalAddress() {
        // A saved page (ingested from a file, no address): the host it declares still names the site in its title.
        String html = "<html><head><title>Storm hits coast, closing schools - Bayview Courier</title>"
                + "<link rel=\"canonical\" href=\"https://www.bayviewcourier.com/news/storm\"></head><body>" + BODY
                + "</body></html>";
        assertThat(extractor.extract(html, null).title()).isEqualTo("Storm hits coast, closing schools");
        assertThat(extractor.extract(html, URI.create("https://www.bayviewcourier.com/news/storm")).title())
                .isEqualTo("Storm hits coast, closing schools");
        String elsewhere = html.replace("https://www.bayviewcourier.com/news/storm", "https://other.example/a/1");
        assertThat(extractor.extract(elsewhere, null).title())
                .isEqualTo("Storm hits coast, closing schools - Bayview Courier");
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

    @Test
    void aStructuredHeadlineThatRepeatsTheSearchTitleGivesWayToTheSharedOne() {
        String head = "<meta property=\"og:site_name\" content=\"Daily Planet\">"
                + "<title>Storm hits coast, closing schools and roads | Daily Planet</title>"
                + "<meta property=\"og:title\" content=\"Storm floods the bay\">"
                + ld("Storm hits coast, closing schools and roads");
        assertThat(title(head)).isEqualTo("Storm floods the bay");
    }

    @Test
    void aStructuredHeadlineOfItsOwnStillWins() {
        String head = "<title>Storm hits coast | Daily Planet</title>"
                + "<meta property=\"og:title\" content=\"Storm floods the bay\">"
                + ld("Storm hits coast as the bay floods");
        assertThat(title(head)).isEqualTo("Storm hits coast as the bay floods");
        String agreeing = "<title>Storm hits coast | Daily Planet</title>"
                + "<meta property=\"og:title\" content=\"Storm hits coast\">" + ld("Storm hits coast");
        assertThat(title(agreeing)).isEqualTo("Storm hits coast");
    }

    @Test
    void anUndeclaredSectionJoinedWithoutSpacesIsCutAfterTheOutlet() {
        assertThat(TitleCleaner.withoutTightSuffix("여야, 예산안 처리 시한 넘겨… 협상 계속-정치ㅣ한국신문", "한국신문", null))
                .isEqualTo("여야, 예산안 처리 시한 넘겨… 협상 계속");
        assertThat(TitleCleaner.withoutTightSuffix("확진자 다시 늘어 코로나-19ㅣ한국신문", "한국신문", null))
                .isEqualTo("확진자 다시 늘어 코로나-19");
        assertThat(TitleCleaner.withoutTightSuffix("Rates rise again-Economy|Planet", "Planet", null))
                .as("longer than a section name joined without spaces").isEqualTo("Rates rise again-Economy");
        assertThat(TitleCleaner.withoutTightSuffix("Rates rise again - Tech|Planet", "Planet", null))
                .as("a spaced dash is left to the part rules").isEqualTo("Rates rise again - Tech");
    }

    @Test
    void theOutletsNameWithOneMoreWordIsTheSite() {
        String head = "<meta property=\"og:site_name\" content=\"Planet\">"
                + "<title>Storm hits coast | Planet Business</title>";
        assertThat(title(head)).isEqualTo("Storm hits coast");
        String sentence = "<meta property=\"og:site_name\" content=\"Planet\">"
                + "<title>Markets fall again - Planet evacuates</title>";
        assertThat(title(sentence)).isEqualTo("Markets fall again - Planet evacuates");
    }

    private static String ld(String headline) {
        return "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"" + headline
                + "\"}</script>";
    }
}
