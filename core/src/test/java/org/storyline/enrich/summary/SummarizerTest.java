package org.storyline.enrich.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.enrich.timeline.SeedCorpus;
import org.storyline.enrich.timeline.SentenceSplitter;

class SummarizerTest {

    private final Summarizer summarizer = new Summarizer(new SentenceSplitter());

    private static List<SummaryInput> seedStory() {
        return SeedCorpus.read().rift().stream().filter(i -> !i.id().endsWith("-copy"))
                .map(i -> new SummaryInput(i.id(), i.text())).toList();
    }

    @Test
    void seedStorySummaryIsFourCreditedSentencesFromFourArticles() {
        List<SummarySentence> summary = summarizer.story(seedStory(), 4);
        // golden output, reviewed by hand: the newsroom raid, the deaths behind the rift, the detained Russians
        assertThat(summary).extracting(SummarySentence::articleId)
                .containsExactly("seed000-main", "seed004-main", "seed003-main", "seed001-rt-consular");
        assertThat(summary.get(0).text()).startsWith("Several Russian nationals, including journalists working for"
                + " the Sputnik Azerbaijan news agency, were arrested");
        assertThat(summary.get(1).text()).contains("two brothers, both ethnic Azerbaijanis, died in Russian custody");
        assertThat(summary).allSatisfy(s -> assertThat(s.text().split("\\s+").length).isBetween(8, 60));
    }

    @Test
    void mmrDoesNotPickTheSameFactTwice() {
        List<SummaryInput> articles = List.of(
                new SummaryInput("a", "Police in Baku raided the Sputnik Azerbaijan newsroom and detained its editors."
                        + "\n\nThe editors were charged with fraud and illegal business activity on Tuesday."),
                new SummaryInput("b", "Police in Baku raided the Sputnik Azerbaijan newsroom and detained two editors."
                        + "\n\nMoscow summoned the Azerbaijani ambassador over the raid on the newsroom."),
                new SummaryInput("c", "Police raided the Sputnik Azerbaijan newsroom in Baku and detained its editors."
                        + "\n\nThe Kremlin said the detentions did not match the spirit of relations with Baku."));
        List<SummarySentence> summary = summarizer.story(articles, 3);
        assertThat(summary).hasSize(3);
        assertThat(summary.stream().filter(s -> s.text().contains("raided the Sputnik")).count()).isEqualTo(1);
    }

    @Test
    void articleParagraphKeepsTextOrderAndSkipsHeadingsAndQuestions() {
        SummaryInput article = new SummaryInput("x", """
                Russia and Azerbaijan
                Is Moscow losing Azerbaijan as an ally after the raids in Yekaterinburg and Baku?
                Relations between Russia and Azerbaijan have cooled following contentious arrests in both countries.
                The row began with a police raid in Yekaterinburg in which two Azerbaijani brothers died in custody.
                Baku answered by raiding the Sputnik Azerbaijan office and detaining Russian citizens in Baku.
                Analysts expect the row between Russia and Azerbaijan to outlast the arrests in both countries.""");
        List<SummarySentence> paragraph = summarizer.article(article, 3);
        assertThat(paragraph).hasSize(3).isSortedAccordingTo(java.util.Comparator.comparingInt(SummarySentence::position));
        assertThat(paragraph).noneMatch(s -> s.text().endsWith("?") || s.text().equals("Russia and Azerbaijan"));
        assertThat(paragraph.get(0).text()).startsWith("Relations between Russia and Azerbaijan");
    }

    @Test
    void emptyAndShortTextsGiveEmptySummaries() {
        assertThat(summarizer.story(List.of(), 3)).isEmpty();
        assertThat(summarizer.article(new SummaryInput("x", "Too short."), 3)).isEmpty();
        assertThat(summarizer.paragraph(new SummaryInput("x", ""), 3)).isEmpty();
    }
}
