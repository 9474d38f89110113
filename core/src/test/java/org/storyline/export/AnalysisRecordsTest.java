package org.storyline.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.enrich.analysis.StoryAnalysis;
import org.storyline.enrich.analysis.StoryAnalyzer;
import org.storyline.enrich.outlet.OutletRegistry;
import org.storyline.model.Article;
import org.storyline.model.Published;
import org.storyline.model.StoredArticle;

/** The story JSON states the event's tolls with the articles, outlets and sentence behind each. */
class AnalysisRecordsTest {

    @Test
    void theStoryObjectGivesTheEventsTolls() {
        Article a = new Article("crash-1", "Bus overturns", "Valley Courier", null, Published.ofDate(LocalDate.of(2025,
                4, 6)), null, null, "en", List.of(), "A bus overturned near Elmsford on Saturday. Two passengers were "
                + "killed and 14 were injured, the state police said.", "test");
        StoryAnalysis analysis = new StoryAnalyzer(OutletRegistry.shipped()).analyze(List.of(new StoredArticle(a, null,
                "s")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tolls = (List<Map<String, Object>>) AnalysisRecords.story("s", analysis).get("tolls");
        assertThat(tolls).extracting(t -> t.get("subject") + " " + t.get("value")).containsExactly("killed 2",
                "injured 14");
        assertThat(tolls.get(0).get("outlets")).isEqualTo(List.of("Valley Courier"));
        assertThat((String) tolls.get(1).get("sentence")).contains("14 were injured");
    }
}
