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
 * "both died"); a person named as "a third person" is counted once, not also as "another". Deaths and wounds
 * told by their outcome count too ("did not survive", "claimed the lives of", "struck Jane Roe, killing her",
 * "was grazed"), and lists whose items hold commas share their verb across ";" ("killed his daughter, Jane
 * Roe; his girlfriend, Mary Roe; and Roe's mother"). One who killed himself in a sentence of his own is added
 * to those he killed; "turned the gun on himself" is not a death (such a father was later "hospitalized in
 * critical condition"). "One of the victims was taken to hospital" is the count of the hurt when no whole
 * count is given; a part of another group ("five of the passengers") stays a part. A headline's dead ("Three
 * People Dead East of X", "Climber, 34, Dies") are read only when the text counts none ({@code Headlines}):
 * on the GVC dev set short pages (a caption, an arrest follow-up) often state the toll only there.
 * Across a story, the value most articles give is the toll, except that a later report of the death of one
 * an earlier report counted hurt ("died as a result of the injuries she sustained", dated after it) adds to
 * the earlier dead ({@code TollUpdate}); the earlier report is the last one of the hurt before the death, so
 * an older incident's wounded that clustering mixed in is never "updated". Person words are general ({@code PersonWords}), never names. Following
 * the event-template view of MUC-style information extraction, a count is a slot of an event, so it is
 * compared only with counts of the same people ({@code Descriptors}) at the same time.
 *
 * <p>Not done here: judging which account is true, claims other than counts of people, or choosing the articles of a story (the
 * cluster stage does).
 */
package org.storyline.enrich.claim;
