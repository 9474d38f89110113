package org.storyline.source;

import org.storyline.model.RawDocument;

/** What reading one input gave: its decoded document, or why it cannot be used. */
public sealed interface ReadResult {

    /** The input's text, ready to parse, and the hash that recognises it when it comes again. */
    record Read(RawDocument document, String contentHash) implements ReadResult {}

    /** The input could not be used. */
    record Failed(SourceFailure failure) implements ReadResult {}
}
