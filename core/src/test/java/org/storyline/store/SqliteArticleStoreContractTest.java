package org.storyline.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** The store contract against the embedded SQLite store, in a fresh data directory per test. */
class SqliteArticleStoreContractTest extends ArticleStoreContract {

    @TempDir
    Path dir;

    private final Map<ArticleStore, Path> directories = new IdentityHashMap<>();

    @Override
    protected ArticleStore newStore() {
        try {
            Path data = Files.createTempDirectory(dir, "data");
            ArticleStore store = SqliteArticleStore.open(data);
            directories.put(store, data);
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected ArticleStore reopen(ArticleStore store) {
        Path data = directories.get(store);
        store.close();
        return SqliteArticleStore.open(data);
    }
}
