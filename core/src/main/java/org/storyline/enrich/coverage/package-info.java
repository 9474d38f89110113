/**
 * Coverage comparison: for each outlet of a story, what it reports that no other outlet does and what most
 * others report that it leaves out. In: which outlet published each article, and the story's facts (dated
 * events, numeric claims, accounts, quotes) each with the articles that report it. Out: one {@link
 * org.storyline.enrich.coverage.OutletCoverage} per outlet.
 *
 * <p>A fact is "left out" by an outlet when at least two other outlets, and at least half of the others,
 * report it. Facts come from the other enrich stages through {@link org.storyline.enrich.coverage.Facts};
 * any stage can add its own kind (quotes from the entity stage) as {@link org.storyline.enrich.coverage.Fact}
 * records.
 *
 * <p>Facts with the same kind and wording are one fact with all their articles, so an outlet is never both
 * the only one to report a fact and one that leaves it out; "leaves out" holds only when none of the outlet's
 * articles (copies included) states it.
 *
 * <p>Not done here: deciding that two differently worded facts are one (the stages that make facts merge
 * them), weighing facts by importance, or reading the store.
 */
package org.storyline.enrich.coverage;
