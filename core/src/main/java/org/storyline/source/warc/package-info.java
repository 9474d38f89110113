/**
 * Reads web archives: WARC 1.0/1.1 files as crawlers (Heritrix, wget, Common Crawl's CC-NEWS) write them.
 *
 * <p>In: a path to a {@code .warc} or {@code .warc.gz} file. Out, through a callback, one
 * {@link org.storyline.source.warc.WarcItem} at a time: an HTML page as a
 * {@link org.storyline.model.RawDocument} of format HTML (origin = WARC-Target-URI, capture time = WARC-Date,
 * text decoded by the shared rule of {@code org.storyline.text.PageCharset}: BOM, valid UTF-8, HTTP charset,
 * {@code <meta>} charset, else windows-1252), a response record not taken
 * and why, or a problem with the file naming its offset. A {@link org.storyline.source.warc.WarcSummary}
 * counts them at the end.
 *
 * <p>How: the file is read through one fixed window ({@code FileWindow}); a gzip file is decompressed member
 * by member with each member's CRC checked ({@code GzipMemberInput}); records are framed by their
 * Content-Length and must end with a blank line; HTTP chunking and gzip/deflate content-encoding are undone
 * with a size cap. Memory per file is a few buffers plus one HTML body (at most the cap).
 *
 * <p>What it does not do: parse or sanitise the HTML, follow revisit records to the response they repeat,
 * check WARC-Block-Digest or WARC-Payload-Digest, decode Brotli or zstd bodies, or read ARC (pre-WARC)
 * files. Only {@link org.storyline.source.warc.WarcReader}, {@code WarcItem}, {@code WarcSettings} and
 * {@code WarcSummary} are API; the rest is internal to the package.
 */
package org.storyline.source.warc;
