package org.storyline.source.warc;

/**
 * What reading one WARC file came to.
 *
 * @param records   WARC records read, of every type
 * @param documents HTML pages given
 * @param skipped   response records not taken
 * @param failures  problems with the file itself
 * @param complete  true when the file was read to its end, false when a problem stopped the reading
 */
public record WarcSummary(long records, long documents, long skipped, long failures, boolean complete) {}
