package org.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.model.Published;

class HtmlDateParsingTest {

    private final DateParser parser = new DateParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2019-11-18T21:10:29+00:00          | 2019-11-18T21:10:29Z",
        "2019-11-18T21:10:29.123Z           | 2019-11-18T21:10:29Z",
        "2019-11-19T08:57:40+01:00          | 2019-11-19T07:57:40Z",
        "2019-11-19T08:57:00-0500           | 2019-11-19T13:57:00Z",
        "2019-11-19 08:57                   | 2019-11-19T08:57:00Z",
        "Tue, 19 Nov 2019 08:57:00 GMT      | 2019-11-19T08:57:00Z",
        "November 19, 2019 4:05 PM          | 2019-11-19T16:05:00Z",
        "1574153820                         | 2019-11-19T08:57:00Z",
        "1574153820000                      | 2019-11-19T08:57:00Z",
    })
    void readsTimes(String text, String expected) {
        Published p = parser.parse(text);
        assertThat(p).isNotNull();
        assertThat(p.iso()).isEqualTo(expected);
        assertThat(p.precision()).isIn(ChronoUnit.SECONDS, ChronoUnit.MINUTES);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2019-11-19             | 2019-11-19",
        "19 Nov 2019            | 2019-11-19",
        "Nov. 19th, 2019        | 2019-11-19",
        "Published 19 November 2019 | 2019-11-19",
        "2019/11/19             | 2019-11-19",
        "19.11.2019             | 2019-11-19",
    })
    void readsDatesWithDayPrecision(String text, String expected) {
        Published p = parser.parse(text);
        assertThat(p).isNotNull();
        assertThat(p.precision()).isEqualTo(ChronoUnit.DAYS);
        assertThat(p.iso()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2019-13-45", "Feb 30, 2019", "0000-00-00", "12/11/2019", "1066-10-14"})
    void refusesWhatItCannotRead(String text) {
        assertThat(parser.parse(text)).isNull();
    }
}
