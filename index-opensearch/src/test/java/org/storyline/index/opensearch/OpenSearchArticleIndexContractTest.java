package org.storyline.index.opensearch;

import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storyline.index.ArticleIndex;
import org.storyline.index.ArticleIndexContract;

/** The OpenSearch index against the contract every {@link ArticleIndex} passes, on a real node. */
@ExtendWith(SharedOpenSearch.class)
class OpenSearchArticleIndexContractTest extends ArticleIndexContract {

    private static URI endpoint;
    private String name;

    @BeforeAll
    static void node(URI node) {
        endpoint = node;
    }

    @Override
    protected ArticleIndex newIndex() {
        name = SharedOpenSearch.indexName("contract");
        return OpenSearchArticleIndex.open(OpenSearchConfig.of(endpoint, name));
    }

    @Override
    protected ArticleIndex reopen(ArticleIndex index) {
        index.close();
        return OpenSearchArticleIndex.open(OpenSearchConfig.of(endpoint, name));
    }
}
