package org.storyline.source.feed;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Published;

/**
 * Reads the dates feeds write: RFC 822/1123 with its usual breakage (single-digit days, named zones, missing
 * seconds or zone, two-digit years, full month names, a trailing "(UTC)"), and ISO 8601/RFC 3339 (with or
 * without zone, fractions, or time). A date without a zone is taken as UTC and marked approximate.
 *
 * <pre>{@code
 * FeedDates.parse("Thu, 3 Jul 2025 9:05 EDT")   // 2025-07-03T13:05Z, MINUTES
 * FeedDates.parse("2025-07-03")                 // 2025-07-03, DAYS
 * }</pre>
 */
final class FeedDates {

    private static final Pattern RFC822 = Pattern.compile(
            "(?:[a-z]+,\\s*|[a-z]+\\s+)?(\\d{1,2})[\\s-]+([a-z]{3,9})\\.?,?[\\s-]+(\\d{2,4})"
                    + "(?:[\\s,T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?)?\\s*([a-z]{1,5}|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?:[a-z]+,\\s*|[a-z]+\\s+)?([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"
                    + "(?:[\\s,]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?\\s*([a-z]{1,5}|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[t\\s](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
                    + "\\s*(z|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final Map<String, Integer> ZONE_HOURS = Map.ofEntries(
            Map.entry("gmt", 0), Map.entry("ut", 0), Map.entry("utc", 0), Map.entry("z", 0), Map.entry("wet", 0),
            Map.entry("bst", 1), Map.entry("cet", 1), Map.entry("cest", 2), Map.entry("eet", 2), Map.entry("eest", 3),
            Map.entry("est", -5), Map.entry("edt", -4), Map.entry("cst", -6), Map.entry("cdt", -5),
            Map.entry("mst", -7), Map.entry("mdt", -6), Map.entry("pst", -8), Map.entry("pdt", -7),
            Map.entry("akst", -9), Map.entry("akdt", -8), Map.entry("hst", -10), Map.entry("jst", 9),
            Map.entry("aest", 10), Map.entry("aedt", 11));
    /** The longest real date is about 40 characters; longer text is not a date, and keeps regexes cheap. */
    private static final int MAX_LENGTH = 100;
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    private FeedDates() {
    }

    /** The date, or null when the text is blank or not a date we can read. */
    static Published parse(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            return null;
        }
        String s = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s*\\([^)]*\\)$", "").replaceAll("\\s+", " ");
        try {
            Matcher iso = ISO.matcher(s);
            if (iso.matches()) {
                return fromIso(iso);
            }
            Matcher rfc = RFC822.matcher(s);
            if (rfc.matches()) {
                return build(year(rfc.group(3)), month(rfc.group(2)), rfc.group(1), rfc, 4);
            }
            Matcher us = MONTH_FIRST.matcher(s);
            if (us.matches()) {
                return build(year(us.group(3)), month(us.group(1)), us.group(2), us, 4);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null; // 31 February, hour 25, unknown month: not a date
        }
        return null;
    }

    private static Published fromIso(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (m.group(4) == null) {
            return Published.ofDate(LocalDate.of(year, month, Integer.parseInt(m.group(3))));
        }
        Published p = build(year, month, m.group(3), m, 4);
        if (m.group(7) == null) {
            return p;
        }
        long nanos = Long.parseLong((m.group(7) + "00000000").substring(0, 9));
        return new Published(p.instant().plusNanos(nanos), p.precision(), p.approximate());
    }

    /** Builds from groups: time at {@code at} (hour), +1 (minute), +2 (second), +3 (zone) for both patterns. */
    private static Published build(int year, int month, String day, Matcher m, int at) {
        if (m.group(at) == null) {
            return Published.ofDate(LocalDate.of(year, month, Integer.parseInt(day)));
        }
        int second = m.group(at + 2) == null ? 0 : Integer.parseInt(m.group(at + 2));
        LocalDateTime local = LocalDateTime.of(year, month, Integer.parseInt(day),
                Integer.parseInt(m.group(at)), Integer.parseInt(m.group(at + 1)), Math.min(second, 59));
        int zoneGroup = m.groupCount() == 8 ? 8 : at + 3;
        ZoneOffset offset = offset(m.group(zoneGroup));
        ChronoUnit precision = m.group(at + 2) == null ? ChronoUnit.MINUTES : ChronoUnit.SECONDS;
        return new Published(local.toInstant(offset == null ? ZoneOffset.UTC : offset), precision, offset == null);
    }

    /** The offset, or null when there is none or it is a name we do not know. */
    private static ZoneOffset offset(String zone) {
        if (zone == null) {
            return null;
        }
        if (zone.startsWith("+") || zone.startsWith("-")) {
            String digits = zone.replace(":", "");
            int hours = Integer.parseInt(digits.substring(1, 3));
            int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
            int sign = zone.startsWith("-") ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        }
        Integer hours = ZONE_HOURS.get(zone);
        return hours == null ? null : ZoneOffset.ofHours(hours);
    }

    private static int month(String name) {
        int index = name.length() < 3 ? -1 : MONTHS.indexOf(name.substring(0, 3));
        if (index < 0 || index % 3 != 0) {
            throw new DateTimeException("unknown month " + name);
        }
        return index / 3 + 1;
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 2) {
            return year < 50 ? 2000 + year : 1900 + year;
        }
        if (digits.length() == 3) {
            throw new DateTimeException("three-digit year " + digits);
        }
        return year;
    }
}
