package org.storyline.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Countries named in text by their name, adjective, capital or seat of power.
 *
 * <pre>{@code
 * new Countries().named("Russian investigators said Moscow ...")  // ["Russia"]
 * new Countries().first("the state prosecutor's office of Azerbaijan")  // "Azerbaijan"
 * }</pre>
 *
 * <p>A short fixed list of the countries news about the Caucasus, Europe and the Middle East names most; a
 * word stands for one country only ("Georgia" is the country). Case matters: "us" is not the US.
 */
public final class Countries {

    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        add("Russia", "Russia|Russian|Russians|Moscow|Kremlin|Russia's");
        add("Azerbaijan", "Azerbaijan|Azerbaijani|Azerbaijanis|Azeri|Azeris|Baku|Azerbaijan's");
        add("Ukraine", "Ukraine|Ukrainian|Ukrainians|Kyiv|Kiev");
        add("United States", "United States|US|U\\.S\\.|USA|American|Americans|Washington|White House");
        add("Turkey", "Turkey|Turkiye|Türkiye|Turkish|Ankara");
        add("Armenia", "Armenia|Armenian|Armenians|Yerevan");
        add("Georgia", "Georgia|Georgian|Tbilisi");
        add("Kazakhstan", "Kazakhstan|Kazakh|Astana");
        add("Iran", "Iran|Iranian|Tehran");
        add("China", "China|Chinese|Beijing");
        add("Israel", "Israel|Israeli|Jerusalem");
        add("Germany", "Germany|German|Berlin");
        add("France", "France|French|Paris");
        add("United Kingdom", "United Kingdom|UK|Britain|British|London");
        add("Belarus", "Belarus|Belarusian|Minsk");
        add("Uzbekistan", "Uzbekistan|Uzbek|Tashkent");
        add("Kyrgyzstan", "Kyrgyzstan|Kyrgyz|Bishkek");
        add("Turkmenistan", "Turkmenistan|Turkmen|Ashgabat");
        add("Tajikistan", "Tajikistan|Tajik|Dushanbe");
        add("Moldova", "Moldova|Moldovan|Chisinau");
        add("Poland", "Poland|Polish|Warsaw");
        add("Lithuania", "Lithuania|Lithuanian|Vilnius");
        add("Latvia", "Latvia|Latvian|Riga");
        add("Estonia", "Estonia|Estonian|Tallinn");
        add("Finland", "Finland|Finnish|Helsinki");
        add("India", "India|Indian|New Delhi");
        add("Pakistan", "Pakistan|Pakistani|Islamabad");
        add("Syria", "Syria|Syrian|Damascus");
        add("Iraq", "Iraq|Iraqi|Baghdad");
        add("Qatar", "Qatar|Qatari|Doha");
        add("Saudi Arabia", "Saudi Arabia|Saudi|Riyadh");
        add("Egypt", "Egypt|Egyptian|Cairo");
        add("Japan", "Japan|Japanese|Tokyo");
        add("North Korea", "North Korea|North Korean|Pyongyang");
        add("South Korea", "South Korea|South Korean|Seoul");
        add("Italy", "Italy|Italian|Rome");
        add("Spain", "Spain|Spanish|Madrid");
        add("Hungary", "Hungary|Hungarian|Budapest");
        add("Serbia", "Serbia|Serbian|Belgrade");
        add("Afghanistan", "Afghanistan|Afghan|Kabul");
    }

    private static final Pattern ANY = Pattern.compile("(?<![\\p{L}\\p{N}])(" + String.join("|",
            WORDS.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(w -> w.replace(".", "\\.")
                    .replace("'", "['’]")).toList()) + ")(?![\\p{L}\\p{N}])");

    private static void add(String country, String words) {
        for (String w : words.split("\\|")) {
            WORDS.put(w.replace("\\.", "."), country);
        }
    }

    /** The countries {@code text} names, each once, in order of first mention. */
    public List<String> named(String text) {
        List<String> out = new ArrayList<>();
        for (String c : mentions(text)) {
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Every mention's country, in text order, repeats kept. */
    public List<String> mentions(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = ANY.matcher(text);
        while (m.find()) {
            out.add(WORDS.get(m.group(1).replace('’', '\'')));
        }
        return out;
    }

    /** The first country {@code text} names, or null. */
    public String first(String text) {
        List<String> all = named(text);
        return all.isEmpty() ? null : all.get(0);
    }
}
