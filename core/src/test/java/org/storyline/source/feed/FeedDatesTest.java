package org.storyline.source.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.model.Published;

class FeedDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Thu, 10 Jul 2025 10:00:00 GMT        | 2025-07-10T10:00:00Z | SECONDS | false",
            "Thu, 10 Jul 2025 10:00:00 +0000      | 2025-07-10T10:00:00Z | SECONDS | false",
            "Thu, 3 Jul 2025 9:05 EDT             | 2025-07-03T13:05:00Z | MINUTES | false",
            "Wed, 02 Jul 2025 16:30:00 +0100      | 2025-07-02T15:30:00Z | SECONDS | false",
            "Mon, 7 Jul 2025 08:00:00 PST         | 2025-07-07T16:00:00Z | SECONDS | false",
            "Mon, 7 Jul 2025 08:00:00 pdt         | 2025-07-07T15:00:00Z | SECONDS | false",
            "Mon,7 Jul 2025 08:00:00 CST          | 2025-07-07T14:00:00Z | SECONDS | false",
            "7 Jul 2025 08:00:00 +05:30           | 2025-07-07T02:30:00Z | SECONDS | false",
            "Monday, 07 July 2025 08:00:00 Z      | 2025-07-07T08:00:00Z | SECONDS | false",
            "Tue, 8 Sept 2025 08:00 UT            | 2025-09-08T08:00:00Z | MINUTES | false",
            "Tue, 08 Jul 25 08:00:00 GMT          | 2025-07-08T08:00:00Z | SECONDS | false",
            "Tue, 08 Jul 2025 08:00:00            | 2025-07-08T08:00:00Z | SECONDS | true",
            "Tue, 08 Jul 2025 08:00:00 XYZ        | 2025-07-08T08:00:00Z | SECONDS | true",
            "Tue, 08 Jul 2025 08:00:00 +0000 (UTC) | 2025-07-08T08:00:00Z | SECONDS | false",
            "Tue, 08-Jul-2025 08:00:00 GMT        | 2025-07-08T08:00:00Z | SECONDS | false",
            "July 8, 2025 08:00 EDT               | 2025-07-08T12:00:00Z | MINUTES | false",
            "2025-07-08T08:00:00Z                 | 2025-07-08T08:00:00Z | SECONDS | false",
            "2025-07-08T08:00:00.123456+02:00     | 2025-07-08T06:00:00.123456Z | SECONDS | false",
            "2025-07-08T08:00:00+0200             | 2025-07-08T06:00:00Z | SECONDS | false",
            "2025-07-08 08:00:00                  | 2025-07-08T08:00:00Z | SECONDS | true",
            "2025-07-08T08:00Z                    | 2025-07-08T08:00:00Z | MINUTES | false",
            "2025-07-08t08:00:00z                 | 2025-07-08T08:00:00Z | SECONDS | false"
    })
    void readsRfc822AndIsoVariants(String text, String instant, ChronoUnit precision, boolean approximate) {
        Published p = FeedDates.parse(text);
        assertThat(p).as(text).isNotNull();
        assertThat(p.instant()).isEqualTo(Instant.parse(instant));
        assertThat(p.precision()).isEqualTo(precision);
        assertThat(p.approximate()).isEqualTo(approximate);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-07-08", "8 Jul 2025", "Tue, 8 Jul 2025"})
    void dateOnlyIsDayPrecision(String text) {
        assertThat(FeedDates.parse(text)).isEqualTo(Published.ofDate(java.time.LocalDate.of(2025, 7, 8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "yesterday", "not a date at all", "31 Feb 2025 10:00 GMT", "2025-13-01",
            "Tue, 08 Foo 2025 08:00:00 GMT", "2025-07-08T25:00:00Z", "12345", "Tue, 08 Jul 202 08:00 GMT"})
    void nonsenseIsNull(String text) {
        assertThat(FeedDates.parse(text)).isNull();
    }
}
