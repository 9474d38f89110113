package org.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Furniture inside the article's own container: screen-reader hints, interface labels in many languages, the
 * instructions around form controls.
 */
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
                + "clip-path: inset(50%)\"> (external link)</span>, though the vote is close.</p><p>Markets in Asia "
                + "opened lower<span style=\"position:absolute!important;clip:rect(1px, 1px, 1px, 1px);width:1px\"> "
                + "(audio description)</span>, traders said.</p>");
        assertThat(text).contains("the report said, while bond yields rose", "another rise in June, though")
                .doesNotContain("opens new tab", "external link", "audio description");
    }

    @Test
    void noticesToTheReadersBrowserAreNotArticleText() {
        String text = body("<p>The council voted to keep the library open on Sundays, after a petition signed by "
                + "four thousand residents.</p><p>The vote was eleven to four, and the longer hours begin in May.</p>"
                + "<p><strong>This page is best viewed in an up-to-date web browser with style sheets (CSS) enabled."
                + "</strong></p><p>Please enable JavaScript to view the comments.</p>");
        assertThat(text).contains("keep the library open", "begin in May")
                .doesNotContain("best viewed", "enable JavaScript");
    }

    @Test
    void newsAboutBrowsersStays() {
        String text = body("<p>The browser maker said on Monday that its next version will be best at saving "
                + "battery, and that users who upgrade their browser will see pages load faster.</p>");
        assertThat(text).contains("users who upgrade their browser");
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

    @Test
    void theInstructionsAroundAControlAreNotArticleText() {
        String consent = "<div class=\"x9\"><p>Recommended content</p><p>Here you will find external content that "
                + "adds to the article. You can show it with one click and hide it again.</p><div><input "
                + "type=\"checkbox\" id=\"c1\"><label for=\"c1\">I agree to be shown external content.</label></div>"
                + "</div>";
        String poll = "<div class=\"q7\"><p>Should the lanes stay open at night?</p><label><input type=\"radio\" "
                + "name=\"a\">Yes, always.</label><label><input type=\"radio\" name=\"a\">No, never.</label>"
                + "<button>Vote</button></div>";
        String text = body("<p>The council approved the new cycle lanes on Tuesday, after a debate that lasted most "
                + "of the evening and drew a large crowd.</p>" + consent + "<p>Work starts in spring and should take "
                + "about four months, the transport office said.</p>" + poll + "<p>Residents can comment on the plan "
                + "until the end of the month, online or at the town hall.</p><p>The plan adds twelve kilometres of "
                + "protected lanes along the river and links the two stations, which the cycling club has asked for "
                + "since the old bridge closed.</p><p>Shop owners on the high street fear losing parking spaces, "
                + "while the council says a new car park behind the market will replace them.</p>");
        assertThat(text).contains("new cycle lanes", "four months", "until the end of the month")
                .doesNotContain("external content", "I agree", "stay open at night", "Yes, always");
    }

    @Test
    void aControlInsideTheArticleDoesNotTakeTheArticleWithIt() {
        String text = body("<div><p>The council approved the new cycle lanes on Tuesday, after a long debate.</p>"
                + "<button>Listen</button><p>Work starts in spring, the transport office said.</p>"
                + "<input type=\"hidden\" name=\"id\" value=\"7\"></div>");
        assertThat(text).contains("new cycle lanes", "Work starts in spring");
    }

    @Test
    void aShortPostAboveItsReplyFormStays() {
        String html = "<html><body><div class=\"p1\"><h2>Night lights</h2><p>Wonderful animated video about the "
                + "harbour at night, made by two students who filmed the ferries, the cranes and the fish market for a whole "
                + "winter!</p><p>Tags: animation, harbour. Posted at 11:07 by the editor.</p><p>No comments yet.</p><form><p>Name <input "
                + "type=\"text\" name=\"n\"></p><textarea name=\"c\"></textarea></form></div></body></html>";
        assertThat(extractor.extract(html, null).text()).contains("Wonderful animated video");
    }
}
