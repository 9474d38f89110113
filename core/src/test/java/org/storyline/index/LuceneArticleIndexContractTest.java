package org.storyline.index;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The embedded Lucene index against the index contract. */
class LuceneArticleIndexContractTest extends ArticleIndexContract {

    @TempDir
    Path dir;

    @Override
    protected ArticleIndex newIndex() {
        return LuceneArticleIndex.open(dir);
    }

    @Override
    protected ArticleIndex reopen(ArticleIndex index) {
        index.close();
        return LuceneArticleIndex.open(dir);
    }
}
