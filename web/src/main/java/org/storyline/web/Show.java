package org.storyline.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.storyline.model.Published;

/** How values read on a page: dates people read at a glance, snippets of a body. Used by the templates. */
public final class Show {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);
    private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.ENGLISH);

    private Show() {
    }

    /** "3 July 2025", "4 July 2025, 11:00 UTC"; "about" first when the date was derived from a guess. */
    public static String date(Published published) {
        if (published == null) {
            return "date unknown";
        }
        var at = published.instant().atZone(ZoneOffset.UTC);
        String text = published.precision().compareTo(ChronoUnit.DAYS) >= 0 ? DAY.format(at) : TIME.format(at);
        return published.approximate() ? "about " + text : text;
    }

    /** "4 July 2025, 12:00 UTC", or "never". */
    public static String instant(java.time.Instant instant) {
        return instant == null ? "never" : TIME.format(instant.atZone(ZoneOffset.UTC));
    }

    /** "2 h 30 min", "45 min", "1 d". */
    public static String duration(java.time.Duration d) {
        if (d.toDays() >= 1 && d.toHoursPart() == 0) {
            return d.toDays() + " d";
        }
        long hours = d.toHours();
        int minutes = d.toMinutesPart();
        return hours == 0 ? minutes + " min" : minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
    }

    /** "03-07-2025", the aggregators' listing style. */
    public static String shortDate(Published published) {
        return published == null ? "" : NUMERIC.format(published.instant().atZone(ZoneOffset.UTC));
    }

    /** The machine-readable value for a {@code <time datetime>} attribute. */
    public static String datetime(Published published) {
        return published == null ? "" : published.iso();
    }

    /** The first words of a body, cut at a word boundary. */
    public static String snippet(String text, int maxChars) {
        String flat = text.replaceAll("\\s+", " ").trim();
        if (flat.length() <= maxChars) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', maxChars);
        return flat.substring(0, cut > maxChars / 2 ? cut : maxChars) + " …";
    }

    public static List<String> paragraphs(String text) {
        return List.of(text.split("\n\n"));
    }

    /** A value as one URL path segment ("Winnipeg Free Press" → "Winnipeg%20Free%20Press"). */
    public static String path(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static String outlet(String outlet) {
        return outlet == null || outlet.isBlank() ? "Unnamed outlet" : outlet;
    }

    public static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
