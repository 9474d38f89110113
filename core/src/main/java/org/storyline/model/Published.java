package org.storyline.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * When an article was published, with how precisely we know it.
 *
 * <p>A listing's {@code 10-07-2025} is {@code Published.ofDate(2025-07-10)} (precision DAY); "an hour ago"
 * captured at 12:00 is {@code 11:00} with precision HOUR. {@code approximate} is true when the anchor
 * itself was a guess (no capture time given, so a file's modification time was used).
 *
 * @param instant     the moment, UTC; for DAY precision, midnight UTC of that day
 * @param precision   DAYS, HOURS or MINUTES (or SECONDS for machine timestamps)
 * @param approximate true when derived from a guessed anchor
 */
public record Published(Instant instant, ChronoUnit precision, boolean approximate) implements Comparable<Published> {

    public Published {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(precision, "precision");
    }

    public static Published ofDate(LocalDate date) {
        return new Published(date.atStartOfDay(ZoneOffset.UTC).toInstant(), ChronoUnit.DAYS, false);
    }

    /** The date in UTC. */
    public LocalDate date() {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /** ISO text: a date ({@code 2025-07-10}) at DAY precision, else a UTC date-time ({@code 2025-07-04T11:00:00Z}). */
    public String iso() {
        if (precision == ChronoUnit.DAYS) {
            return date().toString();
        }
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(precision));
    }

    /** Parses what {@link #iso()} wrote. */
    public static Published parseIso(String iso, boolean approximate) {
        if (iso.length() == 10) {
            return new Published(LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant(), ChronoUnit.DAYS, approximate);
        }
        Instant at = iso.length() == 20 ? utcSeconds(iso) : null;
        if (at == null) {
            at = Instant.parse(iso);
        }
        ChronoUnit unit = at.getEpochSecond() % 3600 == 0 ? ChronoUnit.HOURS
                : at.getEpochSecond() % 60 == 0 ? ChronoUnit.MINUTES : ChronoUnit.SECONDS;
        return new Published(at, unit, approximate);
    }

    /**
     * {@code 2025-07-04T11:00:00Z}, the form {@link #iso()} writes, read without a formatter (the store reads one per
     * article it lists; {@code Instant.parse} was a few per cent of serving a page); null when it is not that form.
     */
    private static Instant utcSeconds(String iso) {
        if (iso.charAt(4) != '-' || iso.charAt(7) != '-' || iso.charAt(10) != 'T' || iso.charAt(13) != ':'
                || iso.charAt(16) != ':' || iso.charAt(19) != 'Z') {
            return null;
        }
        int year = digits(iso, 0, 4);
        int month = digits(iso, 5, 7);
        int day = digits(iso, 8, 10);
        int hour = digits(iso, 11, 13);
        int minute = digits(iso, 14, 16);
        int second = digits(iso, 17, 19);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        return Instant.ofEpochSecond(LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3_600L
                + minute * 60L + second);
    }

    /** The number written in {@code s[from, to)}, or -1 when a character is not an ASCII digit. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    @Override
    public int compareTo(Published other) {
        return instant.compareTo(other.instant);
    }
}
