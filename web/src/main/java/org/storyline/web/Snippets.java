package org.storyline.web;

import gg.jte.Content;
import gg.jte.html.escape.Escape;
import org.storyline.index.SearchHit;

/** Search snippets as HTML: the text escaped first, then the index's match markers turned into {@code <mark>}. */
final class Snippets {

    private Snippets() {
    }

    /** The snippet without match markers. */
    static String plain(String snippet) {
        return snippet.replace(String.valueOf(SearchHit.MATCH_START), "").replace(String.valueOf(SearchHit.MATCH_END), "");
    }

    /** The snippet as escaped HTML with {@code <mark>} around matches (for API clients that show HTML). */
    static String html(String snippet) {
        gg.jte.output.StringOutput out = new gg.jte.output.StringOutput();
        highlighted(snippet).writeTo(out);
        return out.toString();
    }

    static Content highlighted(String snippet) {
        return out -> {
            StringBuilder plain = new StringBuilder();
            for (int i = 0; i < snippet.length(); i++) {
                char c = snippet.charAt(i);
                if (c == SearchHit.MATCH_START || c == SearchHit.MATCH_END) {
                    Escape.htmlContent(plain.toString(), out);
                    plain.setLength(0);
                    out.writeContent(c == SearchHit.MATCH_START ? "<mark>" : "</mark>");
                } else {
                    plain.append(c);
                }
            }
            Escape.htmlContent(plain.toString(), out);
        };
    }
}
