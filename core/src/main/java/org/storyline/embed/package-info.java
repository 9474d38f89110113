/**
 * Sentence embeddings: a dense vector per article from an ONNX model shipped inside a Maven artifact
 * (all-MiniLM-L6-v2, quantised), run in-process; nothing is downloaded. In: an article's headline and lead.
 * Out: a unit vector of 384 floats. Used by the story clusterer as one of its signals.
 */
package org.storyline.embed;
