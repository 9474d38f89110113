/**
 * Claims that articles of one story make and may disagree on. In: article ids, body texts and dates (and, for
 * comparison, the claims of every article of a story). Out: {@link org.storyline.enrich.claim.NumericClaim}
 * counts of people detained, killed, injured, charged or aboard, with their qualifiers ("about 50", "at
 * least ten") and their times (the date the sentence names, the date it was reported);
 * {@link org.storyline.enrich.claim.ClaimGroup} groups of claims about one thing with each value's articles,
 * disputed only when two values cannot both hold at the same time, updated when a toll grew. Accounts of
 * causes (of a death, a crash) are in {@code org.storyline.enrich.account}.
 *
 * <p>Counts are read as a reader means them: figures and number words, hedges, and the singular and implicit
 * forms of news prose ("a man was shot and killed" is one killed, "left a girl dead and her grandmother
 * wounded", "two were hurt, one fatally", "Jane Roe suffered a gunshot wound", "three women and a man were
 * wounded"; {@code Casualties}); correction notices, tallies of other events ("in the past two years") and
 * another incident the article recalls ("the second shooting this week", "in a separate stabbing") give none. The hurt
 * who died later in the text are taken from the injured ("Three men were wounded. One of them later died." is
 * one killed, two injured; {@code LaterDeaths}); a person named hurt whom the article never says died is not
 * one of the dead it names. A count's event word stays in its clause: a comma before the count ("one woman is
 * dead, two people are in critical condition"), a semicolon or a part after it ("three were shot, one of whom
 * died") ends it. Groups count their members ("a couple", "his sons, ages 3 and 4", ", as were three children",
 * "both died"); a person named as "a third person" is counted once, not also as "another". Person words are general ({@code PersonWords}), never names. Following
 * the event-template view of MUC-style information extraction, a count is a slot of an event, so it is
 * compared only with counts of the same people ({@code Descriptors}) at the same time.
 *
 * <p>Not done here: judging which account is true, claims other than counts of people, or choosing the articles of a story (the
 * cluster stage does).
 */
package org.storyline.enrich.claim;
