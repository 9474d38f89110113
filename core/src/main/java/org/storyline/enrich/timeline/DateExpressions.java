package org.storyline.enrich.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in one sentence and resolves them against the article's date.
 *
 * <p>Absolute dates without a year ("June 30") take the article's year, or the year before when that
 * would put them more than a few days after the article (news reports the past). Bare months ("in
 * December") and weekdays ("on Monday") resolve to the latest such month or day on or before the article
 * date, unless the sentence speaks of the future ("will", "next"), when they resolve forward.
 */
final class DateExpressions {

    /** Month names, and the abbreviations news style uses before a day ("Jan. 2", "Sept. 13"). */
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String LEAD = "(?:([Oo]n|[Ii]n|[Ss]ince)\\s+)?";
    /** A few days of slack: an article dated at midnight UTC may report "June 30" late on the 30th. */
    private static final int FUTURE_SLACK_DAYS = 3;

    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + LEAD + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+((?:19|20)\\d{2})\\b)?");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b" + LEAD + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b(?:,?\\s+((?:19|20)\\d{2})\\b)?");
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b" + LEAD + "(?:(?:early|late|mid)-?\\s*)?" + MONTH + ",?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern BARE_MONTH = Pattern.compile(
            "\\b([Ii]n|[Ss]ince|[Tt]he|[Ee]arly|[Ll]ate|[Mm]id|[Ll]ast|[Dd]uring|[Uu]ntil|[Bb]y|[Ff]rom)[\\s-]+" + MONTH
                    + "\\b(?![\\s,]+\\d)");
    private static final Pattern YEAR = Pattern.compile(
            "\\b([Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Bb]y|as far as|back to)\\s+((?:19|20)\\d{2})\\b(?!-)");
    private static final Pattern WEEKDAY_AT = Pattern.compile(
            "\\b(?:([Oo]n|[Ll]ast|[Tt]his|[Nn]ext|[Ss]ince)\\s+)?" + WEEKDAY + "\\b");
    private static final Pattern PERIOD = Pattern.compile(
            "\\b(?:([Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\\s+)?([Ll]ast|[Tt]his|[Nn]ext)\\s+(week|month|year)\\b");
    private static final Pattern FOLLOWING = Pattern.compile(
            "\\b(?:[Tt]he (?:following|next) day|[Aa] day later|([Ll]ater|[Ee]arlier) that month)\\b");
    private static final Pattern YESTERDAY = Pattern.compile("\\b[Yy]esterday\\b");
    /**
     * Holidays with a fixed date, after "on" ("on Christmas Eve", "on the Fourth of July", "On New Year's Day
     * 2016"). Movable ones (Easter, Thanksgiving, Mother's Day) differ between countries and churches and are left.
     */
    private static final Pattern HOLIDAY = Pattern.compile("\\b([Oo]n|[Ss]ince)\\s+(?:the\\s+night\\s+of\\s+)?(New Year['’]s Eve"
            + "|New Year['’]s Day|New Year['’]s|Christmas Eve|Christmas Day|Christmas|Boxing Day|Valentine['’]s Day"
            + "|St\\.? Patrick['’]s Day|Saint Patrick['’]s Day|Halloween|(?:the\\s+)?Fourth of July|July Fourth)\\b"
            + "(?:,?\\s+((?:19|20)\\d{2})\\b)?");
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(will|shall|next|(?:is|are) (?:to|due|scheduled|expected|set) (?:to )?\\w+|plans? to)\\b");

    /**
     * Every date expression in {@code sentence}, earliest first, none overlapping. {@code previous} is the
     * last dated happening before this sentence, or null; "the following day" and "later that month" count
     * from it.
     */
    List<DateMention> find(String sentence, LocalDate articleDate, DateMention previous) {
        boolean future = FUTURE.matcher(sentence).find();
        List<DateMention> all = new ArrayList<>();
        collect(MONTH_DAY, sentence, m -> monthDay(m, 2, 3, 4, articleDate, future), all);
        collect(DAY_MONTH, sentence, m -> monthDay(m, 3, 2, 4, articleDate, future), all);
        collect(MONTH_YEAR, sentence, m -> monthYear(m), all);
        collect(BARE_MONTH, sentence, m -> bareMonth(m, articleDate, future), all);
        collect(YEAR, sentence, m -> year(m), all);
        collect(WEEKDAY_AT, sentence, m -> weekday(m, articleDate, future), all);
        collect(PERIOD, sentence, m -> period(m, articleDate), all);
        if (previous != null) {
            collect(FOLLOWING, sentence, m -> following(m, previous), all);
        }
        collect(YESTERDAY, sentence, m -> at(m, articleDate.minusDays(1), Precision.DAY, true, false), all);
        collect(HOLIDAY, sentence, m -> holiday(m, articleDate, future), all);
        return withoutOverlaps(all);
    }

    private interface Resolver {
        DateMention resolve(Matcher m);
    }

    private static void collect(Pattern pattern, String sentence, Resolver resolver, List<DateMention> out) {
        Matcher m = pattern.matcher(sentence);
        while (m.find()) {
            DateMention mention = resolver.resolve(m);
            if (mention != null) {
                out.add(mention);
            }
        }
    }

    /** Longer expressions win: "December 25, 2024" over "December 2024"'s pieces. */
    private static List<DateMention> withoutOverlaps(List<DateMention> all) {
        List<DateMention> bySize = new ArrayList<>(all);
        bySize.sort(Comparator.comparingInt((DateMention d) -> d.start() - d.end()).thenComparingInt(DateMention::start));
        List<DateMention> kept = new ArrayList<>();
        for (DateMention d : bySize) {
            if (kept.stream().noneMatch(k -> k.start() < d.end() && d.start() < k.end())) {
                kept.add(d);
            }
        }
        kept.sort(Comparator.comparingInt(DateMention::start));
        return kept;
    }

    private static DateMention monthDay(Matcher m, int monthGroup, int dayGroup, int yearGroup,
                                        LocalDate articleDate, boolean future) {
        Month month = month(m.group(monthGroup));
        int day = Integer.parseInt(m.group(dayGroup));
        if (day < 1 || day > month.maxLength()) {
            return null;
        }
        if (m.group(yearGroup) != null) {
            int year = Integer.parseInt(m.group(yearGroup));
            return at(m, LocalDate.of(year, month, Math.min(day, month.length(java.time.Year.isLeap(year)))),
                    Precision.DAY, false, since(m));
        }
        LocalDate date = safeDate(articleDate.getYear(), month, day);
        if (!future && date.isAfter(articleDate.plusDays(FUTURE_SLACK_DAYS))) {
            date = safeDate(articleDate.getYear() - 1, month, day);
        }
        return at(m, date, Precision.DAY, true, since(m));
    }

    private static DateMention holiday(Matcher m, LocalDate articleDate, boolean future) {
        String name = m.group(2).replace('’', '\'').toLowerCase(Locale.ROOT);
        MonthDay day = name.startsWith("new year's eve") ? MonthDay.of(12, 31)
                : name.startsWith("new year's") ? MonthDay.of(1, 1)
                : name.equals("christmas eve") ? MonthDay.of(12, 24)
                : name.startsWith("christmas") ? MonthDay.of(12, 25)
                : name.equals("boxing day") ? MonthDay.of(12, 26)
                : name.startsWith("valentine") ? MonthDay.of(2, 14)
                : name.contains("patrick") ? MonthDay.of(3, 17)
                : name.equals("halloween") ? MonthDay.of(10, 31)
                : MonthDay.of(7, 4); // the Fourth of July, July Fourth
        if (m.group(3) != null) {
            return at(m, day.atYear(Integer.parseInt(m.group(3))), Precision.DAY, false, since(m));
        }
        LocalDate date = day.atYear(articleDate.getYear());
        if (!future && date.isAfter(articleDate.plusDays(FUTURE_SLACK_DAYS))) {
            date = day.atYear(articleDate.getYear() - 1);
        }
        return at(m, date, Precision.DAY, true, since(m));
    }

    private static DateMention monthYear(Matcher m) {
        LocalDate date = LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), 1);
        return at(m, date, Precision.MONTH, false, since(m));
    }

    private static DateMention bareMonth(Matcher m, LocalDate articleDate, boolean future) {
        Month month = month(m.group(2));
        int year = articleDate.getYear();
        if (month.getValue() > articleDate.getMonthValue() && !future) {
            year -= 1;
        }
        boolean background = m.group(1).equalsIgnoreCase("since");
        return at(m, LocalDate.of(year, month, 1), Precision.MONTH, true, background);
    }

    private static DateMention year(Matcher m) {
        String lead = m.group(1).toLowerCase(Locale.ROOT);
        boolean background = lead.equals("since") || lead.startsWith("as far") || lead.startsWith("back");
        return at(m, LocalDate.of(Integer.parseInt(m.group(2)), 1, 1), Precision.YEAR, false, background);
    }

    private static DateMention weekday(Matcher m, LocalDate articleDate, boolean future) {
        DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        String lead = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        LocalDate date;
        if (lead.equals("next") || future && !lead.equals("last") && !lead.equals("since")) {
            date = articleDate.with(TemporalAdjusters.nextOrSame(day));
        } else if (lead.equals("last")) {
            date = articleDate.with(TemporalAdjusters.previous(day));
        } else {
            date = articleDate.with(TemporalAdjusters.previousOrSame(day));
        }
        return at(m, date, Precision.DAY, true, lead.equals("since"));
    }

    private static DateMention period(Matcher m, LocalDate articleDate) {
        int step = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return switch (m.group(3)) {
            case "week" -> at(m, articleDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .plusWeeks(step), Precision.WEEK, true, false);
            case "month" -> at(m, articleDate.withDayOfMonth(1).plusMonths(step), Precision.MONTH, true, false);
            default -> at(m, articleDate.withDayOfYear(1).plusYears(step), Precision.YEAR, true, false);
        };
    }

    private static DateMention following(Matcher m, DateMention previous) {
        if (m.group(1) != null) {
            return at(m, previous.date().withDayOfMonth(1), Precision.MONTH, true, false);
        }
        return previous.precision() == Precision.DAY
                ? at(m, previous.date().plusDays(1), Precision.DAY, true, false) : null;
    }

    private static boolean since(Matcher m) {
        return m.group(1) != null && m.group(1).equalsIgnoreCase("since");
    }

    private static DateMention at(Matcher m, LocalDate date, Precision precision, boolean relative, boolean background) {
        return new DateMention(m.start(), m.end(), date, precision, relative, background);
    }

    private static Month month(String name) {
        String n = name.toUpperCase(Locale.ROOT).replace(".", "");
        for (Month m : Month.values()) {
            if (m.name().startsWith(n)) {
                return m;
            }
        }
        throw new IllegalArgumentException("enrich: not a month: " + name);
    }

    private static LocalDate safeDate(int year, Month month, int day) {
        return LocalDate.of(year, month, Math.min(day, month.length(java.time.Year.isLeap(year))));
    }
}
