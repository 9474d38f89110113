/**
 * Story intelligence benchmarks: speed of the story-level enrich stages per article and per story
 * ({@link org.storyline.bench.intel.StoryIntelBench}), and the quality of summaries (ROUGE against pages' own
 * standfirsts) and language guesses ({@link org.storyline.bench.intel.SummaryBench}).
 */
package org.storyline.bench.intel;
