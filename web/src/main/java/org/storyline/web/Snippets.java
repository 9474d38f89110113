package org.storyline.web;

import gg.jte.Content;
import gg.jte.html.escape.Escape;
import org.storyline.index.SearchHit;

/** Search snippets as HTML: the text escaped first, then the index's match markers turned into {@code <mark>}. */
final class Snippets {

    private Snippets() {
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
