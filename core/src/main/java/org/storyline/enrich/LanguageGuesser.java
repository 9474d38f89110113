package org.storyline.enrich;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the language of a text from its script and its most frequent function words.
 *
 * <pre>{@code
 * new LanguageGuesser().guess("The Kremlin said on Monday that ...")  // "en"
 * }</pre>
 *
 * <p>Function words are the most reliable cheap signal for news prose: every article uses them and no
 * topic changes them. Scripts settle languages that have their own (Greek, Arabic, CJK...). Returns null
 * when the text is too short or no language is clearly ahead, rather than a confident wrong answer.
 */
public final class LanguageGuesser {

    private static final int MIN_HITS = 3;

    private static final Map<String, Set<String>> WORDS = Map.ofEntries(
            Map.entry("en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "said", "he", "it", "by", "from", "have", "has", "are", "were")),
            Map.entry("de", Set.of("der", "die", "und", "das", "nicht", "ist", "zu", "den", "mit", "sich", "des", "auf", "für", "dem", "eine", "ein", "auch", "wurde", "sind", "von")),
            Map.entry("fr", Set.of("le", "la", "les", "et", "des", "du", "un", "une", "est", "que", "pour", "dans", "qui", "sur", "pas", "au", "avec", "il", "sont", "par")),
            Map.entry("es", Set.of("el", "la", "los", "las", "y", "que", "del", "en", "un", "una", "es", "por", "con", "para", "se", "su", "al", "como", "más", "fue")),
            Map.entry("it", Set.of("il", "la", "che", "di", "e", "un", "una", "per", "non", "sono", "del", "della", "nel", "con", "gli", "le", "è", "da", "alla", "ha")),
            Map.entry("pt", Set.of("o", "a", "os", "as", "e", "que", "do", "da", "em", "um", "uma", "para", "com", "não", "no", "na", "por", "se", "dos", "foi")),
            Map.entry("nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "met", "die", "ook", "aan", "er", "maar", "om", "werd")),
            Map.entry("tr", Set.of("ve", "bir", "bu", "için", "ile", "de", "da", "olarak", "olan", "daha", "çok", "gibi", "ama", "ancak", "sonra", "kadar", "göre", "ise", "değil", "her")),
            Map.entry("az", Set.of("və", "bir", "bu", "üçün", "ilə", "da", "də", "olaraq", "olan", "daha", "çox", "kimi", "amma", "sonra", "qədər", "görə", "isə", "deyil", "hər", "edib")),
            Map.entry("ru", Set.of("и", "в", "не", "на", "что", "с", "по", "как", "это", "из", "за", "к", "от", "для", "о", "его", "так", "но", "был", "также")),
            Map.entry("uk", Set.of("і", "в", "не", "на", "що", "з", "до", "як", "це", "за", "та", "від", "для", "про", "його", "також", "але", "був", "й", "україни")),
            // Latin: placeholder "lorem ipsum" text is common on test and unfinished pages, and is not French
            Map.entry("la", Set.of("et", "in", "est", "ut", "sed", "non", "cum", "ad", "qui", "quae", "quod", "sit",
                    "nec", "atque", "enim", "autem", "vel", "ab", "ex", "amet")),
            Map.entry("pl", Set.of("i", "w", "nie", "na", "że", "z", "się", "do", "jest", "to", "o", "jak", "po", "przez", "dla", "od", "ale", "jego", "został", "oraz")));

    /** The ISO 639-1 code of the text's language, or null when unsure. */
    public String guess(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String sample = text.length() > 6000 ? text.substring(0, 6000) : text;
        String byScript = byScript(sample);
        if (byScript != null) {
            return byScript;
        }
        return byWords(sample.toLowerCase(Locale.ROOT));
    }

    private static String byScript(String text) {
        int letters = 0;
        Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                scripts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
            }
        }
        if (letters == 0) {
            return null;
        }
        var top = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        if (top.getValue() < letters / 2) {
            return null;
        }
        return switch (top.getKey()) {
            case GREEK -> "el";
            case ARABIC -> text.chars().anyMatch(c -> c == 'پ' || c == 'چ' || c == 'گ' || c == 'ژ') ? "fa" : "ar";
            case HEBREW -> "he";
            case HAN -> scripts.containsKey(Character.UnicodeScript.HIRAGANA) ? "ja" : "zh";
            case HIRAGANA, KATAKANA -> "ja";
            case HANGUL -> "ko";
            case GEORGIAN -> "ka";
            case ARMENIAN -> "hy";
            case DEVANAGARI -> "hi";
            case THAI -> "th";
            default -> null; // Latin and Cyrillic are shared by many languages: count words instead
        };
    }

    private static String byWords(String lower) {
        Map<String, Integer> hits = new HashMap<>();
        for (String word : lower.split("[^\\p{L}']+")) {
            for (var language : WORDS.entrySet()) {
                if (language.getValue().contains(word)) {
                    hits.merge(language.getKey(), 1, Integer::sum);
                }
            }
        }
        List<Map.Entry<String, Integer>> ranked = hits.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        if (ranked.isEmpty() || ranked.get(0).getValue() < MIN_HITS) {
            return null;
        }
        int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
        // Require a clear lead: shared words ("de", "la", "a") make close runners-up common.
        return ranked.get(0).getValue() >= second * 1.3 + 1 ? ranked.get(0).getKey() : null;
    }
}
