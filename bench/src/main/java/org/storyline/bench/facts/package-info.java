/**
 * FactsBench: what a story page states (date, place, counts, people) against a labelled record of each
 * incident, measured through the production path (HTML page, {@code Pipeline}, store, the export's shapes).
 * In: a labelled articles file and its facts file (GVC layout). Out: precision and recall tables per story
 * and per article, on the fitted and the held-back half. It never tunes anything itself.
 */
package org.storyline.bench.facts;
