package org.storyline.index.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.storyline.index.UserQuery;

/**
 * A typed query as OpenSearch query DSL, read exactly as the embedded index reads it: the same
 * {@link UserQuery} cleaning and escaping, then Lucene's classic multi-field parser over title (boost 2) and
 * text with AND as the default operator and the English analyser, and the resulting query tree written out
 * clause by clause (bool, boost, term). So a search matches the same articles with the same BM25 scores on one
 * shard as the embedded index, instead of OpenSearch's {@code query_string}, whose multi-field expansion is
 * field-centric (every word in one field) where Lucene's parser is term-centric (every word in some field).
 *
 * <p>Quoted phrases are the exception: the parser's phrase query holds analysed terms with position gaps where
 * stop words stood, which the DSL cannot state; the phrase goes out as {@code match_phrase} with its typed text
 * instead, and OpenSearch's English analyser makes the same query of it.
 *
 * @param lucene the query as the embedded index parses it (the snippets are highlighted with it)
 * @param dsl    the same query as OpenSearch DSL
 */
record KeywordQuery(Query lucene, ObjectNode dsl) {

    private static final String[] FIELDS = {ArticleMapping.TITLE, ArticleMapping.TEXT};
    private static final Map<String, Float> BOOSTS = Map.of(ArticleMapping.TITLE, 2.0f, ArticleMapping.TEXT, 1.0f);
    private static final Analyzer ANALYZER = new EnglishAnalyzer();

    /** The query of what was typed, or null when it has nothing to search for or cannot be read. */
    static KeywordQuery of(String typed) {
        String query = UserQuery.clean(typed);
        if (!UserQuery.hasWords(query)) {
            return null;
        }
        KeywordQuery parsed = parse(UserQuery.escape(query));
        return parsed != null ? parsed : parse(QueryParserBase.escape(query)); // a stray quote: search the words
    }

    private static KeywordQuery parse(String escaped) {
        Query lucene = parse(new MultiFieldQueryParser(FIELDS, ANALYZER, BOOSTS), escaped);
        Query marked = lucene == null ? null : parse(new Parser(), escaped);
        try {
            return marked == null ? null : new KeywordQuery(lucene, json(marked));
        } catch (IllegalArgumentException e) {
            return null; // a query shape the parser should not make from escaped input: treat as unreadable
        }
    }

    private static Query parse(MultiFieldQueryParser parser, String escaped) {
        parser.setDefaultOperator(QueryParserBase.AND_OPERATOR);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(escaped);
        } catch (ParseException | RuntimeException e) {
            return null;
        }
    }

    static ObjectNode json(Query query) {
        ObjectNode out = OpenSearchHttp.JSON.createObjectNode();
        switch (query) {
            case TermQuery term -> out.putObject("term").putObject(term.getTerm().field())
                    .put("value", term.getTerm().text());
            case BoostQuery boost -> {
                ObjectNode bool = out.putObject("bool");
                bool.putArray("must").add(json(boost.getQuery()));
                bool.put("boost", boost.getBoost());
            }
            case Phrase phrase -> out.putObject("match_phrase").putObject(phrase.field).put("query", phrase.text);
            case BooleanQuery bool -> bool(bool, out);
            case MatchNoDocsQuery none -> out.putObject("match_none");
            default -> throw new IllegalArgumentException("index: no DSL for " + query.getClass().getSimpleName());
        }
        return out;
    }

    private static void bool(BooleanQuery query, ObjectNode out) {
        ObjectNode bool = OpenSearchHttp.JSON.createObjectNode();
        boolean positive = false;
        for (BooleanClause clause : query.clauses()) {
            String occur = switch (clause.occur()) {
                case MUST -> "must";
                case SHOULD -> "should";
                case FILTER -> "filter";
                case MUST_NOT -> "must_not";
            };
            positive |= clause.occur() != BooleanClause.Occur.MUST_NOT;
            ((ArrayNode) bool.withArray(occur)).add(json(clause.query()));
        }
        if (!positive) {
            out.putObject("match_none"); // Lucene matches nothing with only exclusions; OpenSearch would match all
            return;
        }
        if (query.getMinimumNumberShouldMatch() > 0) {
            bool.put("minimum_should_match", query.getMinimumNumberShouldMatch());
        }
        out.set("bool", bool);
    }

    /** Lucene's parser with quoted phrases kept as typed (see the class comment). */
    private static final class Parser extends MultiFieldQueryParser {
        Parser() {
            super(FIELDS, ANALYZER, BOOSTS);
        }

        @Override
        protected Query newFieldQuery(Analyzer analyzer, String field, String queryText, boolean quoted)
                throws ParseException {
            Query lucene = super.newFieldQuery(analyzer, field, queryText, quoted);
            return lucene instanceof PhraseQuery || lucene instanceof MultiPhraseQuery
                    ? new Phrase(field, queryText) : lucene;
        }
    }

    /** A quoted phrase of one field, as typed. */
    private static final class Phrase extends Query {
        final String field;
        final String text;

        Phrase(String field, String text) {
            this.field = field;
            this.text = text;
        }

        @Override
        public String toString(String defaultField) {
            return field + ":\"" + text + "\"";
        }

        @Override
        public void visit(QueryVisitor visitor) {
            visitor.consumeTerms(this, new Term(field, text));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Phrase p && p.field.equals(field) && p.text.equals(text);
        }

        @Override
        public int hashCode() {
            return field.hashCode() * 31 + text.hashCode();
        }
    }
}
