/**
 * Accounts of contested facts and where they conflict: what caused a death, what brought a plane down, who
 * is to blame, each as a source tells it ("according to X", "X said", "X claimed", "X's claims that",
 * "investigated by X", "reportedly"). In: article ids and body texts. Out: {@link
 * org.storyline.enrich.account.Account} records (topic, cause, source as written, the source's country) and,
 * across a story's articles, {@link org.storyline.enrich.account.AccountDispute} records that set the
 * versions side by side with their sources.
 *
 * <p>How: sentences are split into clauses at contrast words ("while", "but", "contradicting", ";"); a clause
 * whose sentence (or the sentence before) names the incident (a death, a crash) and that names a cause from a
 * small vocabulary (heart failure, natural causes; torture, beatings, multiple injuries, murder; missile, air
 * defence, drone, bird strike, technical failure...) becomes an account when the clause, or failing that its
 * sentence, attributes it. "It"/"they" as a source is the last source the article named. A cause after a
 * negation ("ruled out heart failure") is not an account of it.
 *
 * <p>Not done here: telling two different deaths of one story apart (accounts are compared per topic within a
 * story), judging which account is true, an outlet's own unattributed narrative (it is not an account), or
 * languages other than English.
 */
package org.storyline.enrich.account;
