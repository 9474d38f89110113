package org.storyline.source.fetch;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads a {@code Retry-After} header: delta seconds ({@code 120}) or an HTTP date. */
final class RetryAfter {

    /** A server asking for more than a week is treated as asking for a week: the source stays scheduled. */
    private static final long MAX_SECONDS = 7 * 24 * 3600;

    private RetryAfter() {
    }

    /** When to retry, or null when the header is absent or unreadable; never before {@code now}. */
    static Instant parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.matches("\\d{1,12}")) {
            return now.plusSeconds(Math.min(Long.parseLong(v), MAX_SECONDS));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Instant latest = now.plusSeconds(MAX_SECONDS);
            return at.isBefore(now) ? now : at.isAfter(latest) ? latest : at;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
