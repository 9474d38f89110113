/**
 * Sentence embeddings: dense vectors from an ONNX model shipped inside a Maven artifact (all-MiniLM-L6-v2,
 * quantised), run in-process; nothing is downloaded. In: an article's headline and lead, or its text. Out: a unit
 * vector of 384 floats for the headline and lead ({@link org.storyline.embed.SentenceEmbedder}), used by the story
 * clusterer and semantic search; and passages of a few sentences each with their vectors
 * ({@link org.storyline.embed.PassageSplitter}, {@link org.storyline.embed.PassageEmbedder}), which semantic search
 * matches a query against so that what an article says after its lead is found too.
 *
 * <p>Passages cost one model call each, several per article, so they are not computed while ingesting but by a
 * deferred stage when the server is idle ({@code org.storyline.pipeline.PassageStage}); {@code bin/bench
 * PassageBench} measures the cost per article. This package does not store or index anything.
 */
package org.storyline.embed;
