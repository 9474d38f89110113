package org.storyline.extract.dump;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Published;

/**
 * Reads the date lines of a dump: absolute dates as listings print them ({@code 10-07-2025}) and relative
 * ones ("a day ago", "3 days ago", "yesterday"), counted back from the capture time.
 *
 * <pre>{@code
 * new DumpDates(Instant.parse("2025-07-04T12:00:00Z"), false).parse("timean hour ago");
 * // Published[2025-07-04T11:00:00Z, HOURS, approximate=false]
 * }</pre>
 *
 * <p>Relative dates coarser than hours are reported at DAYS precision: "3 days ago" does not mean
 * "exactly 72 hours ago". They are approximate when the capture time itself was a guess; absolute dates never are.
 */
final class DumpDates {

    // A UI label may be glued in front of the amount ("timean hour ago", "Updated 3 days ago"), hence the lazy prefix.
    private static final Pattern RELATIVE = Pattern.compile(
            "^(?:\\p{L}{1,12}\\s?){0,2}?(an|a|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})\\s+"
                    + "(second|sec|minute|min|hour|hr|day|week|month|year)s?\\s+ago\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})[-./](\\d{1,2})[-./](\\d{4})$");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})$");
    private static final DateTimeFormatter[] WRITTEN = {
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
    };
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));

    private final Instant capturedAt;
    private final boolean approximate;

    DumpDates(Instant capturedAt, boolean capturedAtApprox) {
        this.capturedAt = capturedAt;
        this.approximate = capturedAtApprox;
    }

    /** The date a whole line states, or empty when the line is not just a date. */
    Optional<Published> parse(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > 40) {
            return Optional.empty();
        }
        Optional<Published> relative = relative(text);
        return relative.isPresent() ? relative : absolute(text).map(Published::ofDate);
    }

    /** True when the text is only a date, in any form this class knows or a month/day/year form of a title suffix. */
    boolean isDate(String text) {
        String s = text.strip();
        return parse(s).isPresent() || s.matches("\\d{1,4}[-./]\\d{1,2}[-./]\\d{1,4}");
    }

    private Optional<Published> relative(String text) {
        String folded = text.toLowerCase(Locale.ROOT);
        if (folded.matches("(?:[\\p{L}]*?)(yesterday)")) {
            return Optional.of(daysBack(1));
        }
        if (folded.matches("(?:[\\p{L}]*?)(today|just now)")) {
            return Optional.of(folded.endsWith("today") ? daysBack(0) : back(0, ChronoUnit.MINUTES));
        }
        Matcher m = RELATIVE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String amount = m.group(1).toLowerCase(Locale.ROOT);
        int n = NUMBER_WORDS.getOrDefault(amount, -1);
        if (n < 0) {
            n = Integer.parseInt(amount);
        }
        return Optional.of(switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "second", "sec" -> back(0, ChronoUnit.MINUTES);
            case "minute", "min" -> back(n, ChronoUnit.MINUTES);
            case "hour", "hr" -> back(n, ChronoUnit.HOURS);
            case "day" -> daysBack(n);
            case "week" -> daysBack(7L * n);
            case "month" -> calendarBack(captured().minusMonths(n));
            default -> calendarBack(captured().minusYears(n));
        });
    }

    private Published back(long amount, ChronoUnit unit) {
        Instant at = capturedAt.minus(amount, unit).truncatedTo(unit);
        return new Published(at, unit, approximate);
    }

    private Published daysBack(long days) {
        return calendarBack(captured().minusDays(days));
    }

    private Published calendarBack(ZonedDateTime at) {
        Instant day = at.toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        return new Published(day, ChronoUnit.DAYS, approximate);
    }

    private ZonedDateTime captured() {
        return capturedAt.atZone(ZoneOffset.UTC);
    }

    private static Optional<LocalDate> absolute(String text) {
        try {
            Matcher numeric = NUMERIC.matcher(text);
            if (numeric.matches()) {
                // Listings print day first (10-07-2025); a month-first page would need its own layout.
                return Optional.of(LocalDate.of(Integer.parseInt(numeric.group(3)),
                        Integer.parseInt(numeric.group(2)), Integer.parseInt(numeric.group(1))));
            }
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                return Optional.of(LocalDate.parse(text));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return written(text);
    }

    private static Optional<LocalDate> written(String text) {
        for (DateTimeFormatter format : WRITTEN) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
