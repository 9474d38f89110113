package org.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which container the article is found in when names and text disagree. */
class HtmlLocatorTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void aContentNamedPopupDoesNotOutscoreTheArticle() {
        StringBuilder article = new StringBuilder("<main><section class=\"c_x1y2\">");
        for (int i = 0; i < 6; i++) {
            article.append("<p>市は").append(i + 1).append("日、新しい防災計画を発表した。住民への説明会を開き、")
                    .append("避難所の場所や備蓄の方法を詳しく伝える。</p>");
        }
        article.append("</section></main>");
        String popup = "<div class=\"bg_b1\"><div class=\"box_c2\"><button>×</button>"
                + "<div class=\"main_content_m1tk\"><h3>ニュースレターを登録すると続きが読めます（無料）</h3>"
                + "<p>ご登録いただいたメールアドレス宛てにニュースレターの配信とキャンペーン情報などをお送りします"
                + "（登録後の配信解除も可能です）。</p><p>これらメール配信の目的に限りメールアドレスを利用します。"
                + "その他のサービスに自動で登録されることはありません。</p></div></div></div>";
        String html = "<html><body><div class=\"page\">" + article + "</div>" + popup + "</body></html>";
        String text = extractor.extract(html, null).text();
        assertThat(text).contains("新しい防災計画").doesNotContain("ニュースレター");
    }

    @Test
    void commentsThatOutweighAShortPostAreStillComments() {
        StringBuilder comments = new StringBuilder("<div id=\"comments\"><ol>");
        for (int i = 0; i < 12; i++) {
            comments.append("<li><p>I completely disagree with the author here, because the figures quoted for ")
                    .append("the second quarter do not include the revised estimates published last week.</p></li>");
        }
        comments.append("</ol></div>");
        String html = "<html><body><div class=\"post\"><p>The council approved the new cycle lanes on Tuesday, "
                + "after a debate that lasted most of the evening and drew a large crowd.</p><p>Work starts in "
                + "spring and should take about four months, the transport office said.</p></div>" + comments
                + "</body></html>";
        String text = extractor.extract(html, null).text();
        assertThat(text).contains("cycle lanes").doesNotContain("I completely disagree");
    }

    @Test
    void theStoryUnderThePageHeadlineWinsOverTheLongerNextStory() {
        String first = story("Harbour bridge to close for repairs", 3, "The harbour bridge will close for six weeks "
                + "from Monday while engineers replace worn cables, the city said.");
        String next = story("Election count delayed by storm", 8, "Counting in the regional election was delayed "
                + "overnight after the storm cut power to two counting centres.");
        String html = "<html><head><title>Harbour bridge to close for repairs | City Post</title>"
                + "<meta property=\"og:site_name\" content=\"City Post\"></head><body><main>" + first
                + "<div class=\"next\">" + next + "</div></main></body></html>";
        String text = extractor.extract(html, null).text();
        assertThat(text).contains("harbour bridge will close").doesNotContain("Counting in the regional election");
    }

    @Test
    void aParagraphCopiedElsewhereInThePageComesOutOnce() {
        String paragraph = "<p>The harbour bridge will close for six weeks from Monday while engineers replace worn "
                + "cables, the city said on Friday.</p><p>Ferries will run every ten minutes during the works.</p>";
        String html = "<html><body><div class=\"entry\">" + paragraph + "</div><div class=\"preview\">"
                + paragraph + "</div></body></html>";
        String text = extractor.extract(html, null).text();
        assertThat(text.split("harbour bridge will close", -1)).hasSize(2);
    }

    @Test
    void paragraphsPartedByLineBreaksInATableCellAreTheArticle() {
        String nav = "<td>" + "<a href=\"/a\">Local news</a> <a href=\"/b\">Sports scores</a> <a href=\"/c\">Weather "
                + "today</a> <a href=\"/d\">Entertainment</a> <a href=\"/e\">Classified ads</a> ".repeat(3) + "</td>";
        String article = "<td><b>Rocket down Eagles</b><br>Two late goals gave the visitors a 4-3 win over the "
                + "hosts last night, in front of a crowd of 3,502, after the home side had led for most of the game."
                + "<br><br>The hosts, who had won five in a row, scored twice in the second period, through their "
                + "captain, who now has 20 goals, and a defenceman.<br><br>Elsewhere, the league leaders won 6-4, "
                + "and the idle third-placed side fell a point back, with two games in hand.</td>";
        String footer = "<td><p>The Daily Courier is published by Example Media Inc. at 12 Harbour Street in "
                + "Halifax, Nova Scotia.</p><p>Contents of this website are copyright and may not be reproduced "
                + "without permission.</p><p>The Courier covers the city and the region in more depth than any "
                + "other newspaper, every day.</p><p>Our reporters, photographers and editors live in the communities "
                + "they write about.</p><p>Send us your news tips, letters and photos, or call the newsroom at any "
                + "time.</p></td>";
        String html = "<html><body><table><tr>" + nav + article + "</tr></table><table><tr>" + footer
                + "</tr></table></body></html>";
        String text = extractor.extract(html, null).text();
        assertThat(text).contains("Two late goals", "league leaders won").doesNotContain("copyright");
    }

    @Test
    void aPartTheSiteKeepsOffPaperIsNotTheArticle() {
        String article = "<div><p>Two late goals gave the visitors a 4-3 win over the hosts last night.</p><p>The "
                + "hosts, who had won five in a row, scored twice in the second period.</p><p>Elsewhere, the league "
                + "leaders won 6-4 at home, and the idle third-placed side fell a point back, with two games in "
                + "hand.</p><p>The teams meet again on Friday, when the visitors will be without their captain, "
                + "who was hurt in the last minute.</p><p>Tickets for that game are on sale at the arena, and "
                + "the club expects a full house for the first time this season.</p></div>";
        String footer = "<div class=\"noprint\"><p>The Daily Courier is published by Example Media Inc., 12 Harbour "
                + "Street, Halifax, Nova Scotia, Canada.</p><p>Contents of this website are copyright, all rights "
                + "reserved, and may not be reproduced, in whole or in part, without permission.</p><p>The Courier "
                + "covers the city, the region, and the province, in news, sports, business, and entertainment.</p>"
                + "</div>";
        String text = extractor.extract("<html><body>" + article + footer + "</body></html>", null).text();
        assertThat(text).contains("Two late goals").doesNotContain("copyright");
    }

    private static String story(String headline, int paragraphs, String sentence) {
        StringBuilder html = new StringBuilder("<article><header><h1>" + headline + "</h1></header>");
        for (int i = 0; i < paragraphs; i++) {
            html.append("<p>").append(sentence).append(" Paragraph ").append(i + 1)
                    .append(" adds detail, quotes and figures, as reports do.</p>");
        }
        return html.append("</article>").toString();
    }
}
