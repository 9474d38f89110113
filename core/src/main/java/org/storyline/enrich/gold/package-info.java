/**
 * Measuring the entity and quote stages against a hand-annotated gold list: precision and recall of entities
 * (type and name, any listed spelling) and of quotes (speaker and a snippet of the words). Used by the quality
 * floor tests and by {@code bin/bench EntityBench}; not a pipeline stage.
 */
package org.storyline.enrich.gold;
