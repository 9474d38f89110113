package org.storyline.enrich.quote;

import org.storyline.enrich.entity.ArticleEntities;

/**
 * Who a unit says is speaking, before resolving pronouns and descriptions.
 *
 * @param verb      token index of the speech verb ("said", "according")
 * @param from      token index where the speaker expression (with its role) starts
 * @param to        token index past the speaker expression
 * @param named     the named speaker, or null
 * @param word      the pronoun or description noun ("he", "it", "spokeswoman", "statement") when not named
 * @param trailing  the attribution follows the statement after a comma ("..., Peskov said")
 */
record Attribution(int verb, int from, int to, ArticleEntities.Placed named, String word, boolean trailing) {
}
