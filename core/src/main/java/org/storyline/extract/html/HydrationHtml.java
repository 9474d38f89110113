package org.storyline.extract.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's markup as a script carries it on a page that renders in the browser: frameworks ship the
 * page's data in inline scripts to hydrate it ({@code __NEXT_DATA__}, a query cache pushed onto
 * {@code window}, a server-components payload), and a content system's article body is one string of HTML
 * in that data ({@code "\u003cp\u003eFirst paragraph…"}), while the served markup holds only the frame.
 *
 * <p>Only asked when the markup gave next to nothing. The string chosen is the one with the most paragraph
 * tags, at least {@value #MIN_PARAGRAPHS}: a teaser or a caption carries one at most, an article many.
 */
final class HydrationHtml {

    private static final int MIN_PARAGRAPHS = 3;
    /** Strings shorter than this are not an article's markup, and most of a script's strings are short. */
    private static final int MIN_LENGTH = 500;
    private static final String ESCAPED_P = "\\u003cp";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The HTML of the article body found in the page's inline scripts, or null when none holds one. */
    static String find(Document page) {
        String best = null;
        int bestParagraphs = 0;
        for (Element script : page.getElementsByTag("script")) {
            if (!script.hasAttr("src")) {
                String found = richest(script.data(), 0);
                int paragraphs = found == null ? 0 : paragraphTags(found, 0, found.length());
                if (found != null && (best == null || paragraphs > bestParagraphs)) {
                    best = found;
                    bestParagraphs = paragraphs;
                }
            }
        }
        return best;
    }

    /**
     * The decoded string literal of {@code data} with the most paragraph tags, or null. A payload that holds
     * JSON as a string escapes its strings twice ({@code "…\"\\u003cp\\u003e…"}): the literal found is
     * then searched again once decoded.
     */
    private static String richest(String data, int depth) {
        if (data.length() < MIN_LENGTH || !data.contains(ESCAPED_P) && !data.contains("<p")) {
            return null;
        }
        String best = null;
        int bestParagraphs = MIN_PARAGRAPHS - 1;
        for (int start = data.indexOf('"'); start >= 0; ) {
            int end = closingQuote(data, start);
            if (end < 0) {
                break;
            }
            if (end - start > MIN_LENGTH) {
                int paragraphs = paragraphTags(data, start, end);
                if (paragraphs > bestParagraphs) {
                    bestParagraphs = paragraphs;
                    best = data.substring(start, end + 1);
                }
            }
            start = data.indexOf('"', end + 1);
        }
        String value = best == null ? null : decode(best);
        if (value != null && depth < 2 && value.contains(ESCAPED_P)) {
            String inner = richest(value, depth + 1);
            return inner != null ? inner : value;
        }
        return value;
    }

    /** The index of the quote that closes the string opened at {@code open}, or -1. */
    private static int closingQuote(String data, int open) {
        for (int i = open + 1; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    private static int paragraphTags(String data, int start, int end) {
        int n = 0;
        for (String tag : new String[] {ESCAPED_P, "<p>", "<p "}) {
            for (int at = data.indexOf(tag, start); at >= 0 && at < end; at = data.indexOf(tag, at + tag.length())) {
                n++;
            }
        }
        return n;
    }

    /** The value of a JSON string literal, or null when it is not one. */
    private static String decode(String literal) {
        try {
            return JSON.readValue(literal, String.class);
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }
}
