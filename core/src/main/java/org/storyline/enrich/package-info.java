/**
 * Enrichment: facts derived from an article's own text (its language now; entities, quotes and events
 * later). In: article text. Out: values or records about it. Never reads the store or other articles.
 */
package org.storyline.enrich;
