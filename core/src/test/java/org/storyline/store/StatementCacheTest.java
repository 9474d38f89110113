package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

/** Prepared statements kept per SQLite connection: reused, never stale, never left open. */
class StatementCacheTest {

    @TempDir
    Path dir;

    private HikariDataSource pool;
    private StatementCache cache;
    private Jdbi jdbi;
    private Jdbi other;

    @BeforeEach
    void open() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + dir.resolve("t.db"));
        HikariConfig pooling = new HikariConfig();
        pooling.setDataSource(source);
        pooling.setMaximumPoolSize(1); // one physical connection: every handle meets the same cache
        pool = new HikariDataSource(pooling);
        cache = new StatementCache(SQLiteConnection.class);
        jdbi = Jdbi.create(pool);
        jdbi.setStatementBuilderFactory(cache);
        other = Jdbi.create(source); // another process's writes, on a connection of its own
        jdbi.useHandle(h -> {
            h.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
            h.execute("INSERT INTO t (name) VALUES ('first')");
        });
    }

    @AfterEach
    void close() {
        pool.close();
    }

    private List<String> names() {
        return jdbi.withHandle(h -> h.createQuery("SELECT name FROM t WHERE id >= :min ORDER BY id")
                .bind("min", 0).mapTo(String.class).list());
    }

    @Test
    void aQueryRunAgainOnAnotherHandleReusesItsStatementWithFreshParameters() throws Exception {
        assertThat(names()).containsExactly("first");
        int kept = jdbi.withHandle(h -> cache.cached(h.getConnection()));
        assertThat(kept).isPositive();
        assertThat(names()).containsExactly("first");
        int again = jdbi.withHandle(h -> cache.cached(h.getConnection()));
        assertThat(again).isEqualTo(kept);
        List<String> none = jdbi.withHandle(h -> h.createQuery("SELECT name FROM t WHERE id >= :min ORDER BY id")
                .bind("min", 2).mapTo(String.class).list());
        assertThat(none).isEmpty();
    }

    @Test
    void aReusedStatementSeesWhatAnotherConnectionCommittedSince() {
        assertThat(names()).containsExactly("first");
        other.useHandle(h -> h.execute("INSERT INTO t (name) VALUES ('second')"));
        assertThat(names()).containsExactly("first", "second");
    }

    @Test
    void theSameSqlNestedInOneHandleGetsTwoStatements() {
        List<String> pairs = jdbi.withHandle(h -> h.createQuery("SELECT name FROM t WHERE id >= :min ORDER BY id")
                .bind("min", 0).mapTo(String.class).stream().flatMap(outer -> h.createQuery(
                        "SELECT name FROM t WHERE id >= :min ORDER BY id").bind("min", 0).mapTo(String.class).list()
                        .stream().map(inner -> outer + "/" + inner)).toList());
        assertThat(pairs).containsExactly("first/first");
    }

    @Test
    void aStreamLeftOpenIsClosedWithItsHandleAndHoldsNoSnapshot() {
        jdbi.useHandle(h -> h.createQuery("SELECT name FROM t WHERE id >= :min ORDER BY id").bind("min", 0)
                .mapTo(String.class).stream().findFirst()); // never closed by the caller
        other.useHandle(h -> h.execute("INSERT INTO t (name) VALUES ('second')"));
        assertThat(names()).containsExactly("first", "second");
    }

    @Test
    void writesThroughCachedStatementsCommitAndRollBackAsUsual() {
        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO t (name) VALUES (:n)").bind("n", "kept").execute());
        try {
            jdbi.useTransaction(h -> {
                h.createUpdate("INSERT INTO t (name) VALUES (:n)").bind("n", "lost").execute();
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the second insert is undone
        }
        List<String> stored = other.withHandle(h -> h.createQuery("SELECT name FROM t ORDER BY id")
                .mapTo(String.class).list());
        assertThat(stored).containsExactly("first", "kept");
    }
}
