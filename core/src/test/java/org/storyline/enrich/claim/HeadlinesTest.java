package org.storyline.enrich.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.storyline.enrich.timeline.SentenceSplitter;
import org.storyline.model.Published;

/**
 * The dead a headline counts, read when the text counts none, on headlines written for these tests (a fall,
 * a flood, a crash, a hunt, a fire).
 */
class HeadlinesTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(new SentenceSplitter());

    private static String killed(String headline) {
        return Headlines.killed("a", headline).map(c -> String.valueOf(c.value())).orElse("none");
    }

    @Test
    void headlineGrammarCountsTheDead() {
        assertThat(killed("Three People Dead East of Millbrook")).isEqualTo("3");
        assertThat(killed("2 killed as floodwaters sweep away car")).isEqualTo("2");
        assertThat(killed("Harwick 17-year-old killed in crash on Route 9")).isEqualTo("1");
        assertThat(killed("3-year-old dies after fall from balcony")).isEqualTo("1");
        assertThat(killed("Climber, 34, Dies on North Face")).isEqualTo("1");
        assertThat(killed("HUNTING ACCIDENT CLAIMS LIFE")).isEqualTo("1");
    }

    @Test
    void aKillerOrAnArrestIsNoDeath() {
        assertThat(killed("Man who killed three in warehouse fire sentenced")).isEqualTo("none");
        assertThat(killed("Driver charged after crash on Route 9")).isEqualTo("none");
        assertThat(killed("Seven dead in 12 crashes across the county this year")).isEqualTo("none");
    }

    @Test
    void theHeadlineCountsOnlyWhenTheTextCountsNoDead() {
        Published day = Published.ofDate(LocalDate.parse("2026-03-02"));
        String caption = "Photos from the scene on Monday. The family was visiting from out of state.";
        assertThat(EXTRACTOR.extract("a", "Three People Dead East of Millbrook", caption, day).stream()
                .map(c -> c.subject() + "=" + c.value()).collect(Collectors.joining(", "))).isEqualTo("KILLED=3");
        assertThat(EXTRACTOR.extract("a", "Three People Dead East of Millbrook", "Two people were killed and a third "
                + "died in hospital.", day).stream().filter(c -> c.subject() == Subject.KILLED)
                .map(c -> String.valueOf(c.value())).distinct().collect(Collectors.joining(", "))).isEqualTo("2");
    }
}
