/**
 * Near-duplicate detection: recognises syndicated copies (the same wire story republished, with inserted
 * subheadings, trimmed paragraphs or another headline) among the articles seen so far.
 *
 * <p>In: article ids and bodies. Out: the id of an earlier copy, if any. It keeps its own in-memory index;
 * it does not read or write the store (the pipeline replays stored articles into it at start).
 */
package org.storyline.dedup;
