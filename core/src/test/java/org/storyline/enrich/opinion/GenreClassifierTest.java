package org.storyline.enrich.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;

/** Pieces written for this test: each signal alone decides, and plain reported news stays news. */
class GenreClassifierTest {

    private final GenreClassifier classifier = new GenreClassifier();

    @Test
    void theOutletsOwnSectionHeadlineOrBylineDecideFirst() {
        assertThat(classifier.classify(article("Why the port deal matters", "Opinion", null, reported(600))).kind())
                .isEqualTo(Genre.Kind.OPINION);
        assertThat(classifier.classify(article("Analysis: The port deal, explained", null, null, reported(600))))
                .isEqualTo(new Genre(Genre.Kind.ANALYSIS, "headline “Analysis”"));
        assertThat(classifier.classify(article("The port deal", "World", "Jane Roe, columnist", reported(600))).kind())
                .isEqualTo(Genre.Kind.OPINION);
        assertThat(classifier.classify(article("The port deal", "Newsletters", null, reported(600))).kind())
                .as("newsletters is not letters").isEqualTo(Genre.Kind.NEWS);
    }

    @Test
    void theDisclaimerMarksOpinion() {
        String text = reported(600) + "\n\nThe views expressed in this article are the author's own.";
        assertThat(classifier.classify(article("The port deal", null, null, text)).kind()).isEqualTo(Genre.Kind.OPINION);
    }

    @Test
    void voiceTellsReportedNewsFromAnalysisAndOpinion() {
        assertThat(classifier.classify(article("Port deal signed", null, null, reported(600))).kind())
                .isEqualTo(Genre.Kind.NEWS);
        assertThat(classifier.classify(article("The port deal and the region", null, null, plain(600))).kind())
                .isEqualTo(Genre.Kind.ANALYSIS);
        assertThat(classifier.classify(article("The port deal and us", null, null, arguing(600))).kind())
                .isEqualTo(Genre.Kind.OPINION);
    }

    @Test
    void firstPersonInsideQuotesIsTheSourcesVoiceNotTheAuthors() {
        String quoted = String.join(" ", java.util.Collections.nCopies(60,
                "The harbour opened to ships from many countries. “We must act and I should lead,” the mayor said."));
        assertThat(classifier.classify(article("Port opens", null, null, quoted)).kind()).isEqualTo(Genre.Kind.NEWS);
    }

    @Test
    void shortPiecesAreNotJudgedByVoiceAndQuestionsReadAsAnalysis() {
        assertThat(classifier.classify(article("Port closed", null, null, plain(80))).kind()).isEqualTo(Genre.Kind.NEWS);
        assertThat(classifier.classify(article("Is the port deal failing?", null, null, reported(600))).kind())
                .isEqualTo(Genre.Kind.ANALYSIS);
        assertThat(classifier.classify(article("“Is it over?” asks mayor", null, null, reported(600))).kind())
                .isEqualTo(Genre.Kind.NEWS);
    }

    private static String reported(int words) {
        return repeat("The minister said the port would reopen on Monday after talks, officials told reporters.", words);
    }

    private static String plain(int words) {
        return repeat("The port has long tied the region to distant markets and its history shapes the present.", words);
    }

    private static String arguing(int words) {
        return repeat("We should admit that our region must change, and I think the port is where it starts.", words);
    }

    private static String repeat(String sentence, int words) {
        StringBuilder text = new StringBuilder();
        while (text.toString().split("\\s+").length < words) {
            text.append(sentence).append(' ');
        }
        return text.toString().strip();
    }

    private static Article article(String title, String section, String author, String text) {
        return new Article("a1", title, "Example Post", null, null, section, author, "en", List.of(), text, "test");
    }
}
