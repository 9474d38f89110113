package org.storyline.extract.html;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Published;

/**
 * Reads the publication dates pages write: ISO 8601 (with or without offset, seconds or fraction),
 * RFC 1123, epoch seconds or milliseconds, {@code 2025/07/10}, {@code 10.07.2025}, month names in many
 * languages ("July 10, 2025 4:05 PM", "10. Juli 2025", "10 июля 2025", {@code 2025年7月10日}; see
 * {@link MonthNames}). A time with no zone is read as UTC; a date alone has DAY
 * precision.
 *
 * <pre>{@code
 * new DateParser().parse("2025-07-10T16:05:00+02:00")  // 2025-07-10T14:05:00Z, MINUTES
 * }</pre>
 */
final class DateParser {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*"
                    + "(Z|UTC|GMT|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d))?)?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");
    private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
    private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");
    private static final Pattern CLOCK = Pattern.compile(
            "(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?\\s*([ap])?\\.?m?\\.?", Pattern.CASE_INSENSITIVE);
    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2100;

    /** The date {@code text} holds, or null when none can be read. */
    Published parse(String text) {
        if (text == null || text.isBlank() || text.length() > 200) {
            return null;
        }
        String s = text.strip();
        Published found = epoch(s);
        if (found == null) {
            found = iso(s);
        }
        if (found == null) {
            found = rfc1123(s);
        }
        if (found == null) {
            found = named(s);
        }
        if (found == null) {
            found = numeric(s);
        }
        return found != null && plausible(found) ? found : null;
    }

    private static Published epoch(String s) {
        if (!EPOCH.matcher(s).matches()) {
            return null;
        }
        long value = Long.parseLong(s);
        Instant at = s.length() == 13 ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
        return timed(at.truncatedTo(ChronoUnit.SECONDS));
    }

    private static Published iso(String s) {
        Matcher m = ISO.matcher(s);
        if (!m.find()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            if (m.group(4) == null) {
                return Published.ofDate(date);
            }
            LocalTime time = LocalTime.of(num(m, 4), num(m, 5), m.group(6) == null ? 0 : num(m, 6));
            return timed(LocalDateTime.of(date, time).toInstant(offset(m.group(7))));
        } catch (DateTimeException invalid) {
            return null;
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null || zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.replace(":", "");
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        int sign = zone.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static Published rfc1123(String s) {
        try {
            return timed(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeException notRfc) {
            return null;
        }
    }

    private static Published named(String s) {
        MonthNames.Found found = MonthNames.find(s);
        return found == null ? null : withClock(found.date(), found.rest());
    }

    /** Adds a time of day written after the date ("4:05 PM"), when there is one. */
    private static Published withClock(LocalDate date, String rest) {
        Matcher c = CLOCK.matcher(rest);
        if (!c.find() || c.start() > 6) {
            return Published.ofDate(date);
        }
        int hour = num(c, 1);
        if (c.group(4) != null) {
            boolean pm = Character.toLowerCase(c.group(4).charAt(0)) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || num(c, 2) > 59) {
            return Published.ofDate(date);
        }
        int second = c.group(3) == null ? 0 : num(c, 3);
        return timed(LocalDateTime.of(date, LocalTime.of(hour, num(c, 2), second)).toInstant(ZoneOffset.UTC));
    }

    private static Published numeric(String s) {
        try {
            Matcher m = SLASHED.matcher(s);
            if (m.find()) {
                return Published.ofDate(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            m = DOTTED.matcher(s);
            if (m.find()) {
                return Published.ofDate(LocalDate.of(num(m, 3), num(m, 2), num(m, 1)));
            }
        } catch (DateTimeException invalid) {
            return null;
        }
        return null;
    }

    private static Published timed(Instant at) {
        long seconds = at.getEpochSecond();
        ChronoUnit unit = seconds % 60 != 0 ? ChronoUnit.SECONDS : ChronoUnit.MINUTES;
        return new Published(at, unit, false);
    }

    private static boolean plausible(Published p) {
        int year = p.date().getYear();
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
