/**
 * Claims that articles of one story make and may disagree on. In: article ids and body texts (and, for
 * comparison, the claims of every article of a story). Out: {@link org.storyline.enrich.claim.NumericClaim}
 * counts of people detained, killed, injured, charged or aboard, with their qualifiers ("about 50", "at
 * least ten"); {@link org.storyline.enrich.claim.ClaimGroup} groups of claims about one thing with each
 * value's articles. Accounts of causes (of a death, a crash) are in {@code org.storyline.enrich.account}.
 *
 * <p>Not done here: judging which account is true, claims other than counts of people, or choosing the articles of a story (the
 * cluster stage does).
 */
package org.storyline.enrich.claim;
