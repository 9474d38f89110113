package org.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Furniture inside the article's own container: screen-reader hints and interface labels in many languages. */
class HtmlInlineFurnitureTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    private String body(String paragraphs) {
        String html = "<html><body><nav><a href=\"/\">Home</a></nav><article>" + paragraphs
                + "</article></body></html>";
        return extractor.extract(html, null).text();
    }

    @Test
    void textClippedToNothingForScreenReadersIsNotArticleText() {
        String text = body("<p>Shares fell in early trading after the central bank's statement, "
                + "<a href=\"https://example.org/rates\">the report said<span style=\"border:0;clip:rect(0 0 0 0);"
                + "height:1px;overflow:hidden;position:absolute;width:1px\">, opens new tab</span></a>, while "
                + "bond yields rose.</p><p>Analysts expect another rise in June<span style=\"position:absolute;"
                + "clip-path: inset(50%)\"> (external link)</span>, though the vote is close.</p>");
        assertThat(text).contains("the report said, while bond yields rose", "another rise in June, though")
                .doesNotContain("opens new tab", "external link");
    }

    @Test
    void visibleTextWithAClipStyleThatHidesNothingStays() {
        String text = body("<p style=\"clip: rect(0 40px 20px 0)\">The council voted to keep the library open on "
                + "Sundays, after a petition signed by four thousand residents.</p>");
        assertThat(text).contains("keep the library open");
    }

    @Test
    void readAlsoLabelsInOtherLanguagesAreDropped() {
        String german = body("<p>Der Stadtrat hat am Dienstag den neuen Radweg beschlossen, nach einer langen "
                + "Debatte über die Kosten und die Bauzeit.</p><p>Lesen Sie auch:</p><p>Die Arbeiten beginnen im "
                + "Frühjahr und sollen vier Monate dauern, teilte das Verkehrsamt mit.</p><p>Anzeige</p>");
        assertThat(german).contains("neuen Radweg", "vier Monate").doesNotContain("Lesen Sie auch", "Anzeige");
        String polish = body("<p>Rada miasta zatwierdziła we wtorek nową ścieżkę rowerową po długiej debacie o "
                + "kosztach.</p><p>Czytaj więcej</p><p>Prace ruszą wiosną i potrwają około czterech miesięcy, "
                + "podał urząd.</p>");
        assertThat(polish).contains("nową ścieżkę", "czterech miesięcy").doesNotContain("Czytaj więcej");
        String russian = body("<p>Городской совет во вторник утвердил новую велодорожку после долгих споров о "
                + "стоимости.</p><p>Читайте также</p><p>Работы начнутся весной и продлятся около четырёх месяцев, "
                + "сообщили в управлении.</p>");
        assertThat(russian).contains("новую велодорожку").doesNotContain("Читайте также");
    }

    @Test
    void aSentenceThatStartsLikeALabelStays() {
        String text = body("<p>Der Stadtrat hat am Dienstag den neuen Radweg beschlossen, nach einer langen Debatte "
                + "über die Kosten.</p><p>Lesen Sie auch die Stellungnahme der Opposition, die den Plan ablehnt.</p>");
        assertThat(text).contains("Lesen Sie auch die Stellungnahme der Opposition");
        assertThat(InterfaceLabels.isLabel("Lesen Sie auch:")).isTrue();
        assertThat(InterfaceLabels.isLabel("関連記事")).isTrue();
        assertThat(InterfaceLabels.isLabel("Read more about the storm in our live blog.")).isFalse();
    }
}
