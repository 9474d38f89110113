package org.storyline.extract.dump;

import java.util.List;
import org.storyline.model.ParsedArticle;
import org.storyline.model.RawDocument;

/** Splits an aggregator page dump into its clean articles. */
public final class DumpParser {

    /** The articles on the page, in page order; empty when the page holds no recognisable article. */
    public List<ParsedArticle> parse(RawDocument document) {
        throw new UnsupportedOperationException("dump parser: not written yet");
    }
}
