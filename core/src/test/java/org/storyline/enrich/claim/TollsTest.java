package org.storyline.enrich.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.enrich.timeline.SentenceSplitter;
import org.storyline.model.Published;

/** The wounded of an early report who died by a later one, on text written for these tests. */
class TollsTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(new SentenceSplitter());

    private static List<NumericClaim> story(String... dayThenText) {
        List<NumericClaim> out = new ArrayList<>();
        for (int i = 0; i < dayThenText.length; i += 2) {
            out.addAll(EXTRACTOR.extract("a" + i, dayThenText[i + 1],
                    Published.ofDate(LocalDate.parse(dayThenText[i]))));
        }
        return Tolls.withoutSurvivorsWhoDied(out);
    }

    private static List<String> counts(List<NumericClaim> claims) {
        return claims.stream().filter(c -> !c.partial()).map(c -> c.articleId() + " " + c.subject() + "=" + c.value())
                .distinct().sorted().toList();
    }

    @Test
    void aWoundedVictimWhoDiedLaterIsNoLongerInjured() {
        assertThat(counts(story("2024-03-04", "A climber was critically injured in a rockfall on Monday.",
                "2024-03-05", "The climber hurt in Monday's rockfall died in hospital on Tuesday.")))
                .containsExactly("a2 KILLED=1");
    }

    @Test
    void whereOnlySomeDiedBothCountsStay() {
        assertThat(counts(story("2024-03-04", "Three workers were injured in the blast on Monday.",
                "2024-03-06", "One worker died on Wednesday and two others were injured in the blast.")))
                .contains("a0 INJURED=3", "a2 KILLED=1", "a2 INJURED=2");
    }

    @Test
    void anEarlierReportOfDeathsDoesNotUndoALaterOneOfInjuries() {
        assertThat(counts(story("2024-03-04", "A driver was killed in the crash on Monday.",
                "2024-03-05", "A second driver was also injured in Monday's crash, police said on Tuesday.")))
                .contains("a2 INJURED=1");
    }
}
