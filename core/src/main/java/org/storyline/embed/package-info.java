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
 *
 * <p>What ingest pays here (issue 13, thread CPU on one core of the 2-core bench machine): one model call per
 * article, about 9 ms for a headline and 300-character lead (83 word pieces), nearly half of all the CPU an article
 * takes through the pipeline. The cost is the int8 kernels' (about 0.9 G multiply-adds a call: 10.6 M weights
 * past the embedding table, times 83 pieces) and grows with the word pieces; ONNX Runtime's session options do not
 * move it (denormals as zero, extended instead of all graph optimisations, no CPU arena: all within 3% of each
 * other), nor does batching several articles
 * ({@code EmbedBatchBench}). Tokenizing once instead of langchain4j's three passes saved 3 to 11% with the same
 * vectors ({@link org.storyline.embed.MiniLmModel}). A document vector made from the passage vectors would cost
 * several calls per article instead of one.
 */
package org.storyline.embed;
