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

    /** Was "03-07-2025"; now the one date style of every page ("3 July 2025"), "" when undated. */
    public static String shortDate(Published published) {
        return day(published);
    }

    /** The machine-readable value for a {@code <time datetime>} attribute. */
    public static String datetime(Published published) {
        return published == null ? "" : published.iso();
    }

    /**
     * The first words of a body, whitespace runs as one space, cut at a word boundary. Reads only as far as the
     * snippet needs (a listing asks this of whole articles, and a long body would otherwise be rewritten whole).
     */
    public static String snippet(String text, int maxChars) {
        StringBuilder flat = new StringBuilder(Math.min(text.length(), maxChars + 2));
        boolean space = false;
        boolean whole = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = flat.length() > 0;
                continue;
            }
            if (flat.length() == 0 && c <= ' ') {
                continue; // String.trim's leading characters
            }
            if (flat.length() > maxChars && c > ' ') {
                whole = false; // a character trim keeps, past the limit: the body is longer than the snippet
                break;
            }
            if (space) {
                flat.append(' ');
                space = false;
            }
            flat.append(c);
        }
        int end = flat.length();
        while (whole && end > 0 && flat.charAt(end - 1) <= ' ') {
            end--; // String.trim's trailing characters
        }
        flat.setLength(end);
        if (flat.length() <= maxChars) {
            return flat.toString();
        }
        int cut = flat.lastIndexOf(" ", maxChars);
        return flat.substring(0, cut > maxChars / 2 ? cut : maxChars) + " …";
    }

    /** What {@code \\s} matches: space, tab, newline, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    public static List<String> paragraphs(String text) {
        return List.of(text.split("\n\n"));
    }

    /** A value as one URL path segment ("Winnipeg Free Press" → "Winnipeg%20Free%20Press"). */
    public static String path(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The outlet's name, or "outlet unknown" (say where it came from with {@link #source} when the article is at hand). */
    public static String outlet(String outlet) {
        return outlet == null || outlet.isBlank() ? UNKNOWN : outlet;
    }

    static final String UNKNOWN = org.storyline.enrich.outlet.OutletNames.UNKNOWN;

    /** Who published an article as a reader reads it ({@link org.storyline.enrich.outlet.OutletNames#source}). */
    public static String source(org.storyline.model.Article article) {
        return org.storyline.enrich.outlet.OutletNames.source(article);
    }

    /** "1 July 2025", "1–10 July 2025", "28 June – 3 July 2025", "" when undated; one date style for every page. */
    public static String span(Published first, Published last) {
        if (first == null && last == null) {
            return "";
        }
        if (first == null || last == null || first.iso().equals(last.iso())
                || DAY.format(first.instant().atZone(ZoneOffset.UTC)).equals(DAY.format(last.instant().atZone(ZoneOffset.UTC)))) {
            return day(first != null ? first : last);
        }
        var a = first.instant().atZone(ZoneOffset.UTC);
        var b = last.instant().atZone(ZoneOffset.UTC);
        if (a.getYear() == b.getYear() && a.getMonth() == b.getMonth()) {
            return a.getDayOfMonth() + "–" + DAY.format(b);
        }
        if (a.getYear() == b.getYear()) {
            return DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH).format(a) + " – " + DAY.format(b);
        }
        return DAY.format(a) + " – " + DAY.format(b);
    }

    /**
     * " · 3 July 2025" after an outlet name in a list, or "" when undated: no made-up date, no dangling separator.
     * Lists show the day alone, as every listing does; the time is on the article's own page ({@link #date}).
     */
    public static String dated(Published published) {
        return published == null ? "" : " · " + day(published);
    }

    /** The day alone, "3 July 2025", for compact rows; "about" when guessed, "" when undated. */
    public static String day(Published published) {
        if (published == null) {
            return "";
        }
        String text = DAY.format(published.instant().atZone(ZoneOffset.UTC));
        return published.approximate() ? "about " + text : text;
    }

    /** A calendar day in the one date style, "30 June 2025". */
    public static String day(java.time.LocalDate date) {
        return DAY.format(date);
    }

    public static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
