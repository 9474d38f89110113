package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.Published;
import org.storyline.model.StoredArticle;

class StoryChartTest {

    @Test
    void countsArticlesPerDayAndOutletWithQuietDaysAsGaps() {
        StoryChart chart = StoryChart.of(List.of(a("AP", 1), a("AP", 1), a("DW", 1), a("DW", 4), a(null, 4), undated()));
        assertThat(chart.drawable()).isTrue();
        assertThat(chart.series()).extracting(StoryChart.Series::name).containsExactly("AP", "DW", "outlet unknown");
        assertThat(chart.days()).extracting(StoryChart.Day::label)
                .containsExactly("1 July 2025", "2 July 2025", "3 July 2025", "4 July 2025");
        assertThat(chart.days()).extracting(StoryChart.Day::total).containsExactly(3, 0, 0, 2);
        assertThat(chart.days().get(0).counts()).containsExactly(2, 1, 0);
        assertThat(chart.undated()).isEqualTo(1);
        assertThat(chart.bars()).hasSize(4);
        assertThat(chart.summary()).isEqualTo("5 dated articles over 4 days; the busiest day was 1 July 2025 with 3");
    }

    @Test
    void barsStackInsideThePlotAndTheTallestDayFillsIt() {
        StoryChart chart = StoryChart.of(List.of(a("AP", 1), a("DW", 1), a("AP", 2)));
        int bottom = StoryChart.HEIGHT - StoryChart.BOTTOM;
        for (StoryChart.Bar bar : chart.bars()) {
            assertThat(bar.y()).isGreaterThanOrEqualTo(StoryChart.TOP);
            assertThat(bar.y() + bar.height()).isLessThanOrEqualTo(bottom);
            assertThat(bar.x() + bar.width()).isLessThanOrEqualTo(StoryChart.WIDTH - StoryChart.RIGHT);
        }
        int dayOne = chart.bars().stream().filter(b -> b.title().startsWith("1 July")).mapToInt(StoryChart.Bar::height).sum();
        assertThat(dayOne).isEqualTo(bottom - StoryChart.TOP);
    }

    @Test
    void outletsBeyondTheColoursShareOneAndLongStoriesShowTheirLastDays() {
        List<StoredArticle> articles = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            articles.add(a("Outlet " + i, 1 + i));
        }
        articles.add(a("Outlet 0", 100));
        StoryChart chart = StoryChart.of(articles);
        assertThat(chart.series()).hasSize(StoryChart.COLOURS + 1);
        assertThat(chart.series().get(0).name()).isEqualTo("Outlet 0");
        assertThat(chart.series().get(StoryChart.COLOURS).name()).isEqualTo("other outlets");
        assertThat(chart.days()).hasSize(StoryChart.MAX_DAYS);
        assertThat(StoryChart.of(List.of(a("AP", 1))).drawable()).isFalse();
        assertThat(StoryChart.of(List.of(undated())).drawable()).isFalse();
    }

    private static StoredArticle a(String outlet, int dayOfJuly) {
        LocalDate date = LocalDate.of(2025, 7, 1).plusDays(dayOfJuly - 1);
        return new StoredArticle(new Article(outlet + dayOfJuly + Math.random(), "t", outlet, null, Published.ofDate(date),
                null, null, "en", List.of(), "x", "test"), null, "s");
    }

    private static StoredArticle undated() {
        return new StoredArticle(new Article("u", "t", "AP", null, null, null, null, "en", List.of(), "x", "test"), null, "s");
    }
}
