package org.storyline.account;

/**
 * Names that look alike on screen. Two defences, after Unicode TR #39 (security mechanisms): a name may not mix
 * scripts (a Cyrillic "а" inside a Latin name is a disguise), and names are compared by a skeleton in which
 * Cyrillic and Greek letters that are drawn like Latin ones count as those Latin letters, so an all-Cyrillic
 * "Аа" is taken when "Aa" exists. The table is the lower-case subset of TR #39's confusables for those scripts.
 */
final class LookAlikes {

    /** Cyrillic and Greek lower-case letters, and the Latin letter each is drawn like. */
    private static final String FROM = "асеорхуіјѕԁһкмнтвгѵαβεικνορτυχοϲ";
    private static final String TO = "aceopxyijsdhkmhtbrvabeikvoptuxoc";

    private LookAlikes() {
    }

    /** True when the letters of {@code name} come from more than one script (digits and punctuation are shared). */
    static boolean mixesScripts(String name) {
        Character.UnicodeScript seen = null;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED) {
                continue;
            }
            if (seen != null && seen != script) {
                return true;
            }
            seen = script;
        }
        return false;
    }

    /** {@code lowerCased} with every look-alike letter replaced by the Latin letter it looks like. */
    static String skeleton(String lowerCased) {
        StringBuilder out = new StringBuilder(lowerCased.length());
        for (int i = 0; i < lowerCased.length(); i++) {
            char c = lowerCased.charAt(i);
            int at = FROM.indexOf(c);
            out.append(at >= 0 ? TO.charAt(at) : c);
        }
        return out.toString();
    }
}
