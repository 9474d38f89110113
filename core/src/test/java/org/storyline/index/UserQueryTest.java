package org.storyline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermRangeQuery;
import org.junit.jupiter.api.Test;

/** Typed queries reach Lucene as words and phrases only (issue 17, item 5: /a{1,99999}/ took 31 s of CPU). */
class UserQueryTest {

    @Test
    void regexWildcardFuzzyRangeAndFieldSyntaxBecomeText() throws Exception {
        for (String typed : List.of("/a{1,99999}/", "/[a-z]+.*/", "a*", "*a*", "?aku", "sputnik~2", "title:baku",
                "[a TO z]", "{a TO z}", "baku^99999", "\"baku raid\"~99999", "a && b || !c", "text:/.*/")) {
            Query query = parser().parse(UserQuery.escape(typed));
            assertThat(costly(query)).as(typed + " -> " + query).isEmpty();
        }
    }

    @Test
    void wordsPhrasesBooleansAndExclusionsKeepTheirMeaning() throws Exception {
        assertThat(parser().parse(UserQuery.escape("\"baku raid\" -moscow (sputnik OR tass)")).toString())
                .contains("\"baku raid\"").contains("-text:moscow").contains("text:sputnik text:tass");
        assertThat(UserQuery.escape("well-known e-mail")).isEqualTo("well\\-known e\\-mail");
    }

    @Test
    void spacesControlsZeroWidthAndReplacementCharactersAreNoQuery() {
        for (String typed : List.of("\u00a0", "\u200b", "\ufffd", "\u0001", " \t\u00a0\u200b ", "\u2028")) {
            assertThat(UserQuery.clean(typed)).as(typed.codePoints().boxed().toList().toString()).isEmpty();
            assertThat(UserQuery.hasWords(UserQuery.clean(typed))).isFalse();
        }
        assertThat(UserQuery.clean("baku\u00a0raid\u200b")).isEqualTo("baku raid");
        assertThat(UserQuery.hasWords("!!!")).isFalse();
    }

    private static QueryParser parser() {
        return new QueryParser("text", new EnglishAnalyzer());
    }

    /** Every query part whose cost grows with the term dictionary or an automaton. */
    private static List<Query> costly(Query query) {
        List<Query> found = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }

            @Override
            public void visitLeaf(Query leaf) {
                if (leaf instanceof MultiTermQuery || leaf instanceof AutomatonQuery || leaf instanceof FuzzyQuery
                        || leaf instanceof TermRangeQuery) {
                    found.add(leaf);
                }
            }

            @Override
            public void consumeTermsMatching(Query q, String field, java.util.function.Supplier<
                    org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
                found.add(q);
            }
        });
        return found;
    }
}
