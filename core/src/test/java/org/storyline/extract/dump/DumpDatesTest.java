package org.storyline.extract.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.storyline.model.Published;

class DumpDatesTest {

    private static final Instant NOON = Instant.parse("2025-07-04T12:00:00Z");
    private final DumpDates dates = new DumpDates(NOON, false);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a day ago           | 2025-07-03           | DAYS",
            "timean hour ago     | 2025-07-04T11:00:00Z | HOURS",
            "time2 hours ago     | 2025-07-04T10:00:00Z | HOURS",
            "an hour ago         | 2025-07-04T11:00:00Z | HOURS",
            "3 days ago          | 2025-07-01           | DAYS",
            "yesterday           | 2025-07-03           | DAYS",
            "Yesterday           | 2025-07-03           | DAYS",
            "2 weeks ago         | 2025-06-20           | DAYS",
            "one week ago        | 2025-06-27           | DAYS",
            "5 minutes ago       | 2025-07-04T11:55:00Z | MINUTES",
            "1 month ago         | 2025-06-04           | DAYS",
            "a year ago          | 2024-07-04           | DAYS",
            "Updated 3 days ago  | 2025-07-01           | DAYS",
            "10-07-2025          | 2025-07-10           | DAYS",
            "02.07.2025          | 2025-07-02           | DAYS",
            "2025-07-02          | 2025-07-02           | DAYS",
            "3 July 2025         | 2025-07-03           | DAYS",
            "July 3, 2025        | 2025-07-03           | DAYS",
    })
    void readsDateLines(String line, String iso, ChronoUnit precision) {
        Published published = dates.parse(line).orElseThrow();
        assertThat(published.iso()).isEqualTo(iso);
        assertThat(published.precision()).isEqualTo(precision);
        assertThat(published.approximate()).isFalse();
    }

    @Test
    void relativeDatesAreApproximateWhenTheCaptureTimeIsAGuess() {
        DumpDates guessed = new DumpDates(NOON, true);
        assertThat(guessed.parse("a day ago").orElseThrow().approximate()).isTrue();
        assertThat(guessed.parse("timean hour ago").orElseThrow().approximate()).isTrue();
        assertThat(guessed.parse("10-07-2025").orElseThrow().approximate()).as("an absolute date needs no anchor").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Politics", "Russia Today", "Ukraine was hit 3 days ago", "31-02-2025", "ago", "3 days",
            "The raid took place a day ago.", ""})
    void ignoresLinesThatAreNotJustADate(String line) {
        assertThat(dates.parse(line)).isEmpty();
    }
}
