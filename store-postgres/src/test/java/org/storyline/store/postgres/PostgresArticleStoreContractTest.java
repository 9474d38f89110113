package org.storyline.store.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.store.ArticleStore;
import org.storyline.store.ArticleStoreContract;

/** Core's store contract against PostgreSQL: a database of its own per test, on the test JVM's throwaway cluster. */
class PostgresArticleStoreContractTest extends ArticleStoreContract {

    @TempDir
    Path dir;

    private final Map<ArticleStore, String> databases = new IdentityHashMap<>();

    @Override
    protected ArticleStore newStore() {
        String url = PostgresCluster.shared().newDatabase();
        ArticleStore store = open(url);
        databases.put(store, url);
        return store;
    }

    @Override
    protected ArticleStore reopen(ArticleStore store) {
        String url = databases.get(store);
        store.close();
        return open(url);
    }

    private ArticleStore open(String url) {
        try {
            return PostgresArticleStore.open(PostgresSettings.of(url, PostgresCluster.shared().user(), ""),
                    Files.createTempDirectory(dir, "local"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
