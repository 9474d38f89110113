package org.storyline.index;

import org.apache.lucene.queryparser.classic.QueryParserBase;

/**
 * A query as a person typed it, made safe for Lucene's classic query parser: words, "quoted phrases", AND, OR,
 * NOT, a leading {@code -} or {@code +} and parentheses keep their meaning; everything else that is syntax is
 * escaped into plain text. Regular expressions ({@code /a{1,99999}/} took 31 s of CPU while building its
 * automaton), wildcards ({@code *}, {@code ?}), fuzzy and proximity ({@code ~}), boosts ({@code ^}), ranges
 * ({@code [a TO z]}) and field names ({@code title:}) cannot be reached from a search box, so no query costs
 * more than its words.
 *
 * <pre>{@code
 * UserQuery.escape("/a{1,99999}/ sputnik*")   // "\/a\{1,99999\}\/ sputnik\*"
 * UserQuery.clean("\u00a0\u200b")             // "" (nothing to search for)
 * }</pre>
 */
public final class UserQuery {

    /** Characters the parser reads as syntax that a search box does not offer. */
    private static final String ESCAPED = "\\/*?~^:[]{}!&|";

    private UserQuery() {
    }

    /**
     * The typed text with control, formatting (zero-width) and replacement characters removed and every kind of
     * space turned into a plain one, stripped: a query of only those is the empty string.
     */
    public static String clean(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(typed.length());
        typed.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (!hidden(c)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /** True when the query has something to search for: a letter or a digit. */
    public static boolean hasWords(String query) {
        return query != null && query.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** The query with everything but words, phrases, AND/OR/NOT, +/- and parentheses escaped. */
    public static String escape(String query) {
        StringBuilder out = new StringBuilder(query.length() + 8);
        boolean inPhrase = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            boolean termStart = i == 0 || Character.isWhitespace(query.charAt(i - 1)) || query.charAt(i - 1) == '(';
            if (c == '"') {
                inPhrase = !inPhrase;
                out.append(c);
            } else if (inPhrase) {
                out.append(c == '\\' ? "\\\\" : String.valueOf(c));
            } else if ((c == '-' || c == '+') && termStart) {
                out.append(c);
            } else if (ESCAPED.indexOf(c) >= 0 || c == '-' || c == '+') {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        if (inPhrase) {
            return QueryParserBase.escape(query); // an unclosed quote: search the words as they are
        }
        return out.toString();
    }

    private static boolean hidden(int c) {
        return c == 0xFFFD || switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                 Character.UNASSIGNED -> true;
            default -> false;
        };
    }
}
