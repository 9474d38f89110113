package org.storyline.account;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A name a reader signs up with, as shown and as compared: "Anna" and "ＡＮＮＡ" (full-width) are the same name.
 * Any letters, digits, spaces and punctuation are allowed (pages escape them); control and invisible formatting
 * characters are not, so two names that look the same are the same.
 *
 * <pre>{@code
 * UserName.parse("  Anna K. ").name();  // "Anna K."
 * UserName.parse("a").problem();       // "A name needs 2 to 40 characters."
 * }</pre>
 *
 * @param name    the name as shown, or null when refused
 * @param key     the name as compared (lower case), or null when refused
 * @param problem why it was refused, or null
 */
public record UserName(String name, String key, String problem) {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 40;

    /** Normalises and checks a typed name. */
    public static UserName parse(String typed) {
        if (typed == null) {
            return refused("Choose a name.");
        }
        String name = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
        int length = name.codePointCount(0, name.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return refused("A name needs " + MIN_LENGTH + " to " + MAX_LENGTH + " characters.");
        }
        boolean hidden = name.codePoints().anyMatch(c -> switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        });
        if (hidden) {
            return refused("A name cannot contain control or invisible characters.");
        }
        if (LookAlikes.mixesScripts(name)) {
            return refused("A name cannot mix alphabets (Latin with Cyrillic or Greek letters, say): such names can"
                    + " pass for someone else's.");
        }
        return new UserName(name, LookAlikes.skeleton(name.toLowerCase(Locale.ROOT)), null);
    }

    /**
     * The comparison key for a name typed at sign-in (never refused: an odd name simply matches nobody): lower
     * case, with Cyrillic and Greek letters that look Latin read as the Latin ones, so "Аnna" (Cyrillic А) is
     * the same name as "Anna".
     */
    public static String keyOf(String typed) {
        return typed == null ? "" : LookAlikes.skeleton(Normalizer.normalize(typed, Normalizer.Form.NFKC).strip()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }

    public boolean valid() {
        return problem == null;
    }

    private static UserName refused(String problem) {
        return new UserName(null, null, problem);
    }
}
