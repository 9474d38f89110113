package org.storyline.extract.html;

import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Published;

/**
 * Relative times as pages show them, in many languages: "3 hours ago", "vor 3 Stunden", "3 часа назад",
 * "il y a 3 heures", "hace 3 horas", "3 saat önce", "3 godziny temu", "πριν από 3 ώρες", "3時間前",
 * "3小时前", "3시간 전". Counted back from the moment the page was captured; minutes and hours keep their
 * precision, days and weeks are reported as days ("3 days ago" is not "exactly 72 hours ago").
 */
final class RelativeDates {

    /** Unit words by the unit they count, as alternatives for one regular expression. */
    private static final Map<ChronoUnit, String> UNITS = new LinkedHashMap<>();

    static {
        UNITS.put(ChronoUnit.MINUTES, "minutes?|mins?|minuten?|minuto?s?|minut[ayę]?|минут[уы]?|мин\\.?|dakika|dk"
                + "|λεπτ[άό]|분|分鐘|分钟|分|dəqiqə|minutter?|minuter");
        UNITS.put(ChronoUnit.HOURS, "hours?|hrs?|stunden?|std\\.?|heures?|horas?|or[ae]|godzin[ayę]?|час(?:а|ов)?"
                + "|saat|ώρ[αε]ς?|시간|時間|小时|小時|uur|timm(?:e|ar)|timer?");
        UNITS.put(ChronoUnit.DAYS, "days?|tage?n?|jours?|días?|dias?|giorn[oi]|dzień|dni|дн(?:я|ей)|день|gün"
                + "|μέρ[αε]ς?|ημέρ[αε]ς?|일|日|天|dag(?:en|ar)?|dage|gün");
        UNITS.put(ChronoUnit.WEEKS, "weeks?|wochen?|semaines?|semanas?|settimane?|tygodni[ea]?|недел[иьюя]"
                + "|hafta|εβδομάδ[αε]ς?|주|週間|周|weken|veckor|uger?");
    }

    private static final String UNIT = "(" + String.join("|", UNITS.values()) + ")";
    /** Amount, unit, then the word for "ago" ("3 hours ago", "3 часа назад", "3時間前"). */
    private static final Pattern AFTER = Pattern.compile("(\\d{1,3})\\s*" + UNIT
            + "\\s*(ago|назад|тому|önce|temu|fa|geleden|sedan|siden|əvvəl|전|前|以前|之前)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The word for "ago" first ("vor 3 Stunden", "il y a 3 heures", "hace 3 horas", "πριν από 3 ώρες"). */
    private static final Pattern BEFORE = Pattern.compile("(vor|il y a|hace|há|πριν(?:\\s+από)?)\\s+(\\d{1,3})\\s*"
            + UNIT + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_TEXT = 80;

    private RelativeDates() {
    }

    /** The moment {@code text} names relative to {@code capturedAt}, or null when it names none. */
    static Published parse(String text, Instant capturedAt) {
        if (text == null || capturedAt == null || text.length() > MAX_TEXT) {
            return null;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        Matcher m = AFTER.matcher(s);
        if (m.find()) {
            return back(capturedAt, Integer.parseInt(m.group(1)), m.group(2));
        }
        m = BEFORE.matcher(s);
        return m.find() ? back(capturedAt, Integer.parseInt(m.group(2)), m.group(3)) : null;
    }

    private static Published back(Instant from, int amount, String unitWord) {
        for (Map.Entry<ChronoUnit, String> unit : UNITS.entrySet()) {
            if (unitWord.matches("(?iu)" + unit.getValue())) {
                ChronoUnit u = unit.getKey();
                Instant at = from.minus(amount * u.getDuration().toMinutes(), ChronoUnit.MINUTES);
                ChronoUnit precision = u == ChronoUnit.WEEKS ? ChronoUnit.DAYS : u;
                return new Published(at.truncatedTo(precision), precision, false);
            }
        }
        return null;
    }
}
