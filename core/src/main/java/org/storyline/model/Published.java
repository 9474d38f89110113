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
        Instant at = Instant.parse(iso);
        ChronoUnit unit = at.getEpochSecond() % 3600 == 0 ? ChronoUnit.HOURS
                : at.getEpochSecond() % 60 == 0 ? ChronoUnit.MINUTES : ChronoUnit.SECONDS;
        return new Published(at, unit, approximate);
    }

    @Override
    public int compareTo(Published other) {
        return instant.compareTo(other.instant);
    }
}
