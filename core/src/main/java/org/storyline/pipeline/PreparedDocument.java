package org.storyline.pipeline;

import java.util.List;
import org.storyline.model.RawDocument;

/**
 * A document after the stages that need no store: its articles, prepared, or what went wrong with it.
 *
 * @param document    the decoded input
 * @param contentHash identity of its exact content (ingesting it again changes nothing)
 * @param articles    its articles in page order, each prepared; empty when it holds none
 * @param failure     set when an extractor threw: the document is recorded as failed, the batch goes on
 */
record PreparedDocument(RawDocument document, String contentHash, List<PreparedArticle> articles, String failure) {

    PreparedDocument {
        articles = List.copyOf(articles);
    }

    String origin() {
        return document.origin();
    }
}
