/**
 * The pipeline: the one place that knows the order of the stages.
 *
 * <p>In: a {@link org.storyline.model.RawDocument} from a source. Then: parse (extract) → for each article,
 * merge with the same article seen before, or find the copy it repeats (dedup), or place it in a story
 * (cluster) → store, all of one document in one transaction. Out: a {@link org.storyline.pipeline.DocumentOutcome}
 * saying what happened. Stages never touch the store; only {@link org.storyline.pipeline.Pipeline} does.
 */
package org.storyline.pipeline;
