package org.storyline.extract.html;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written out with a month name in the languages news is written in ("1. Mai 2024", "1 мая 2024 г.",
 * "1er mai 2024", "1 de mayo de 2024", "May 1, 2024", "1 Mayıs 2024", "1 Μαΐου 2024") and the CJK forms
 * ("2024年5月1日", "2024년 5월 1일"). Month names are looked up whole (nominative and genitive forms, and the
 * usual abbreviations), after accents are kept but case is folded, so "MAI" and "mai" agree.
 */
final class MonthNames {

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        // one line per language: January first; genitive and abbreviated forms after a slash
        String[] table = {
            "january/jan,february/feb,march/mar,april/apr,may,june/jun,july/jul,august/aug,september/sep/sept,"
                + "october/oct,november/nov,december/dec",                                                   // en
            "januar/jänner/jan,februar/feber/feb,märz/mär/maerz,april/apr,mai,juni/jun,juli/jul,august/aug,"
                + "september/sep/sept,oktober/okt,november/nov,dezember/dez",                                 // de
            "janvier/janv,février/févr/fevrier,mars,avril/avr,mai,juin,juillet/juil,août/aout,septembre/sept,"
                + "octobre/oct,novembre/nov,décembre/déc/decembre",                                          // fr
            "enero/ene,febrero/feb,marzo/mar,abril/abr,mayo/may,junio/jun,julio/jul,agosto/ago,"
                + "septiembre/setiembre/sep/sept,octubre/oct,noviembre/nov,diciembre/dic",                    // es
            "gennaio/gen,febbraio/feb,marzo/mar,aprile/apr,maggio/mag,giugno/giu,luglio/lug,agosto/ago,"
                + "settembre/set,ottobre/ott,novembre/nov,dicembre/dic",                                      // it
            "janeiro/jan,fevereiro/fev,março/marco/mar,abril/abr,maio/mai,junho/jun,julho/jul,agosto/ago,"
                + "setembro/set,outubro/out,novembro/nov,dezembro/dez",                                       // pt
            "januari/jan,februari/feb,maart/mrt,april/apr,mei,juni/jun,juli/jul,augustus/aug,september/sep,"
                + "oktober/okt,november/nov,december/dec",                                                    // nl
            "januari/januar/jan,februari/februar/feb,mars/marts,april/apr,maj/mai,juni/jun,juli/jul,"
                + "augusti/august/aug,september/sep,oktober/okt,november/nov,december/desember/dec/des",       // sv no da
            "styczeń/stycznia/sty,luty/lutego/lut,marzec/marca/mar,kwiecień/kwietnia/kwi,maj/maja,"
                + "czerwiec/czerwca/cze,lipiec/lipca/lip,sierpień/sierpnia/sie,wrzesień/września/wrz,"
                + "październik/października/paź,listopad/listopada/lis,grudzień/grudnia/gru",               // pl
            "leden/ledna,únor/února,březen/března,duben/dubna,květen/května,červen/června,červenec/července,"
                + "srpen/srpna,září,říjen/října,listopad/listopadu,prosinec/prosince",                        // cs
            "январь/января/янв,февраль/февраля/фев,март/марта/мар,апрель/апреля/апр,май/мая,июнь/июня/июн,"
                + "июль/июля/июл,август/августа/авг,сентябрь/сентября/сен,октябрь/октября/окт,"
                + "ноябрь/ноября/ноя,декабрь/декабря/дек",                                                   // ru
            "січень/січня,лютий/лютого,березень/березня,квітень/квітня,травень/травня,червень/червня,"
                + "липень/липня,серпень/серпня,вересень/вересня,жовтень/жовтня,листопад/листопада,"
                + "грудень/грудня",                                                                           // uk
            "ocak,şubat,mart,nisan,mayıs,haziran,temmuz,ağustos,eylül,ekim,kasım,aralık",                   // tr
            "yanvar,fevral,mart,aprel,may,iyun,iyul,avqust,sentyabr,oktyabr,noyabr,dekabr",                // az
            "ιανουάριος/ιανουαρίου,φεβρουάριος/φεβρουαρίου,μάρτιος/μαρτίου,απρίλιος/απριλίου,μάιος/μαΐου/μαΐου,"
                + "ιούνιος/ιουνίου,ιούλιος/ιουλίου,αύγουστος/αυγούστου,σεπτέμβριος/σεπτεμβρίου,"
                + "οκτώβριος/οκτωβρίου,νοέμβριος/νοεμβρίου,δεκέμβριος/δεκεμβρίου",                            // el
            "januari,februari,maret,april,mei,juni,juli,agustus,september,oktober,november,desember",     // id
        };
        for (String language : table) {
            String[] months = language.split(",");
            for (int m = 0; m < months.length; m++) {
                for (String form : months[m].split("/")) {
                    MONTHS.putIfAbsent(fold(form), m + 1);
                }
            }
        }
    }

    private static final String WORD = "(\\p{L}{3,12})\\.?";
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})(?:\\.|er|st|nd|rd|th|º)?\\s*(?:de\\s+)?" + WORD + ",?\\s+(?:de\\s+)?(\\d{4})");
    private static final Pattern MONTH_FIRST = Pattern.compile(WORD + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]?");

    private MonthNames() {
    }

    /** The date {@code text} writes out, with where it ends, or null. */
    static Found find(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC); // full-width digits ２０２５ become 2025
        Matcher m = CJK.matcher(s);
        if (m.find()) {
            LocalDate date = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
            if (date != null) {
                return new Found(date, s.substring(m.end()));
            }
        }
        m = DAY_FIRST.matcher(s);
        while (m.find()) {
            Integer month = MONTHS.get(fold(m.group(2)));
            LocalDate date = month == null ? null : date(m.group(3), month, m.group(1));
            if (date != null) {
                return new Found(date, s.substring(m.end()));
            }
        }
        m = MONTH_FIRST.matcher(s);
        while (m.find()) {
            Integer month = MONTHS.get(fold(m.group(1)));
            LocalDate date = month == null ? null : date(m.group(3), month, m.group(2));
            if (date != null) {
                return new Found(date, s.substring(m.end()));
            }
        }
        return null;
    }

    /** A date and the text after it, where a time of day may follow. */
    record Found(LocalDate date, String rest) {
    }

    private static LocalDate date(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException invalid) {
            return null;
        }
    }

    private static String fold(String word) {
        return word.toLowerCase(Locale.ROOT).replace('ά', 'α').replace('έ', 'ε').replace('ή', 'η')
                .replace('ί', 'ι').replace('ό', 'ο').replace('ύ', 'υ').replace('ώ', 'ω').replace('ΐ', 'ι')
                .replace('ϊ', 'ι');
    }
}
