package org.storyline.enrich.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.storyline.model.EntityType;
import org.storyline.text.StableHash;

/**
 * A spelling-insensitive key for a name, so that transliteration variants meet: {@code Yevgeny Belousov} and
 * {@code Evgeny Belousov}, {@code Zelensky} and {@code Zelenskyy}, {@code Aleksei} and {@code Alexei},
 * {@code Yekaterinburg} and {@code Ekaterinburg}, {@code Erdoğan} and {@code Erdogan} all have one key.
 *
 * <pre>{@code
 * NameKey.of("Yevgeny Belousov").equals(NameKey.of("Evgeny Belousov")) // true
 * }</pre>
 *
 * <p>The rules fold the usual English renderings of Russian, Ukrainian and Turkic names: accents dropped,
 * x = ks, initial "ye" = "e", "kh" = "h", "w" = "v", final -y/-iy/-yy/-ij = -i, ey/ei = i, y = i, doubled
 * letters single, final -der = -dr (Alexander/Aleksandr). Different names can share a key only when they differ
 * in exactly these ways.
 */
public final class NameKey {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑–]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");
    private static final Pattern FINAL_Y = Pattern.compile("(iy|yy|ii|ij|y)$");
    private static final Pattern EI = Pattern.compile("ey|ei");
    private static final Pattern DOUBLE = Pattern.compile("(.)\\1+");

    /** Keys already computed, of words and of whole names; cleared when large, so memory stays bounded. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> SEEN =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.ConcurrentHashMap<String, String> NAMES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private NameKey() {
    }

    /** The stable id of an entity of this type and canonical name: 12 base-32 characters. */
    public static String entityId(EntityType type, String name) {
        return StableHash.of(type.label() + ":" + of(name));
    }

    /** The key of a whole name: each word's key, space-separated. */
    public static String of(String name) {
        String known = NAMES.get(name);
        if (known != null) {
            return known;
        }
        if (NAMES.size() > 200_000) {
            NAMES.clear();
        }
        String key = compose(name);
        NAMES.put(name, key);
        return key;
    }

    private static String compose(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : SEPARATORS.split(name)) {
            String key = word(word);
            if (!key.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(key);
            }
        }
        return out.toString();
    }

    /** The key of one word (remembered: the same names come back in every article). */
    public static String word(String word) {
        String known = SEEN.get(word);
        if (known != null) {
            return known;
        }
        if (SEEN.size() > 200_000) {
            SEEN.clear();
        }
        String key = compute(word);
        SEEN.put(word, key);
        return key;
    }

    private static String compute(String word) {
        String s = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace("ı", "i");
        s = NOT_ALNUM.matcher(s).replaceAll("");
        s = s.replace("x", "ks");
        if (s.startsWith("ye")) {
            s = s.substring(1);
        }
        s = FINAL_Y.matcher(s).replaceAll("i");
        s = EI.matcher(s).replaceAll("i");
        s = s.replace("kh", "h").replace("ph", "f").replace('w', 'v').replace('y', 'i');
        s = DOUBLE.matcher(s).replaceAll("$1");
        if (s.endsWith("der")) {
            s = s.substring(0, s.length() - 2) + "r";
        }
        return s;
    }
}
