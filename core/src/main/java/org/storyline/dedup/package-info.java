/**
 * Near-duplicate detection: recognises syndicated copies (the same wire story republished, with inserted
 * subheadings, trimmed paragraphs or another headline) among the articles seen so far.
 *
 * <p>In: article ids and bodies. Out: the id of an earlier copy, if any. Two texts are copies when most
 * of the shorter one's 5-word shingles occur in the longer one (containment). It keeps its own in-memory
 * index of bottom-k MinHash sketches, about a kilobyte per article and never the text; it does not read
 * or write the store (the pipeline replays stored articles into it at start). It does not decide which
 * copy is canonical beyond preferring the earliest stored on a tie.
 */
package org.storyline.dedup;
