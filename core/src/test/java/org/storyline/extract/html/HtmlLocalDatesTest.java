package org.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.model.Published;

/** Dates as pages write them in many languages: month names, CJK forms, relative times. */
class HtmlLocalDatesTest {

    private static final Instant CAPTURED = Instant.parse("2025-07-04T12:00:00Z");

    private final DateParser dates = new DateParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1. Mai 2024|2024-05-01", "1 мая 2024 г.|2024-05-01", "1er mai 2024|2024-05-01",
        "1 de mayo de 2024|2024-05-01", "May 1, 2024|2024-05-01", "1 Mayıs 2024|2024-05-01",
        "1 Μαΐου 2024|2024-05-01", "1 maja 2024|2024-05-01", "1. května 2024|2024-05-01",
        "1 травня 2024|2024-05-01", "1 maggio 2024|2024-05-01", "1 de maio de 2024|2024-05-01",
        "2024年5月1日|2024-05-01", "２０２４年５月１日|2024-05-01", "2024년 5월 1일|2024-05-01",
        "Aktualisiert am 12. März 2025|2025-03-12", "Опубликовано 3 сентября 2025|2025-09-03",
        "1 mayıs 2024 Çarşamba|2024-05-01", "18 dic. 2024|2024-12-18", "13 oktyabr 2025|2025-10-13"})
    void monthNamesInManyLanguages(String text, String date) {
        Published p = dates.parse(text);
        assertThat(p).as(text).isNotNull();
        assertThat(p.date()).isEqualTo(LocalDate.parse(date));
    }

    @Test
    void aTimeAfterANamedDateIsKept() {
        Published p = dates.parse("12. März 2025, 14:30 Uhr");
        assertThat(p.instant()).isEqualTo(Instant.parse("2025-03-12T14:30:00Z"));
        assertThat(p.precision()).isEqualTo(ChronoUnit.MINUTES);
    }

    @Test
    void wordsThatAreNotMonthsAreNoDate() {
        assertThat(dates.parse("3 Tore 2024")).isNull();
        assertThat(dates.parse("32. Mai 2024")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "vor 3 Stunden|2025-07-04T09:00:00Z|HOURS", "3 часа назад|2025-07-04T09:00:00Z|HOURS",
        "3 hours ago|2025-07-04T09:00:00Z|HOURS", "il y a 3 heures|2025-07-04T09:00:00Z|HOURS",
        "hace 3 horas|2025-07-04T09:00:00Z|HOURS", "3 saat önce|2025-07-04T09:00:00Z|HOURS",
        "3 godziny temu|2025-07-04T09:00:00Z|HOURS", "πριν από 3 ώρες|2025-07-04T09:00:00Z|HOURS",
        "3時間前|2025-07-04T09:00:00Z|HOURS", "3小时前|2025-07-04T09:00:00Z|HOURS",
        "3시간 전|2025-07-04T09:00:00Z|HOURS", "vor 25 Minuten|2025-07-04T11:35:00Z|MINUTES",
        "2 дня назад|2025-07-02T00:00:00Z|DAYS", "Aktualisiert vor 2 Tagen|2025-07-02T00:00:00Z|DAYS"})
    void relativeTimesCountBackFromTheCapture(String text, String at, ChronoUnit precision) {
        Published p = RelativeDates.parse(text, CAPTURED);
        assertThat(p).as(text).isNotNull();
        assertThat(p.instant()).isEqualTo(Instant.parse(at));
        assertThat(p.precision()).isEqualTo(precision);
    }

    @Test
    void relativeTimesNeedACaptureTimeAndAnAgoWord() {
        assertThat(RelativeDates.parse("vor 3 Stunden", null)).isNull();
        assertThat(RelativeDates.parse("for 3 hours", CAPTURED)).isNull();
        assertThat(RelativeDates.parse("3 Stunden lang", CAPTURED)).isNull();
    }

    @Test
    void aPageThatOnlyShowsItsDateGetsIt() {
        String body = "<article><h1>Bahnstreik</h1><span class=\"article-date\">vor 3 Stunden</span>"
                + "<p>Seit den frühen Morgenstunden stehen im Rheinland die meisten Regionalzüge still, und die "
                + "Gewerkschaft hat ihre Mitglieder zum Ausstand aufgerufen.</p></article>";
        HtmlExtractor extractor = new HtmlExtractor();
        URI page = URI.create("https://zeitung.example/a");
        Extraction captured = extractor.extract("<html><body>" + body + "</body></html>", page, CAPTURED);
        assertThat(captured.published().instant()).isEqualTo(Instant.parse("2025-07-04T09:00:00Z"));
        assertThat(extractor.extract("<html><body>" + body + "</body></html>", page).published()).isNull();
        String absolute = body.replace("vor 3 Stunden", "1. Juli 2025");
        assertThat(extractor.extract("<html><body>" + absolute + "</body></html>", page).published().date())
                .isEqualTo(LocalDate.parse("2025-07-01"));
        String cjk = body.replace("vor 3 Stunden", "<time>2025年7月1日</time>").replace("class=\"article-date\"", "");
        assertThat(extractor.extract("<html><body>" + cjk + "</body></html>", page).published().date())
                .isEqualTo(LocalDate.parse("2025-07-01"));
    }
}
