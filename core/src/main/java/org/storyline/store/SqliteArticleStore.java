package org.storyline.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded store: one SQLite database (WAL) in the data directory, the default for one machine.
 *
 * <p>WAL lets readers run beside the one writer SQLite allows; synchronous=NORMAL is crash-safe in WAL mode (a
 * killed process loses nothing committed, a power cut at most the last transactions); a writer that finds the
 * database busy waits (10 s unless {@link Options} say otherwise) before it fails with SQLITE_BUSY; a write that finds
 * the disk (or the size limit) full fails with SQLITE_FULL and is rolled back whole. {@link StoreErrors} turns both
 * into a sentence a user can act on.
 */
public final class SqliteArticleStore extends JdbiArticleStore {

    /** The database file inside the data directory. */
    public static final String DATABASE_FILE = "storyline.db";

    /** Connections kept open: enough for a busy web server's readers; SQLite allows one writer at a time anyway. */
    private static final int POOL_SIZE = 8;

    private static final int PAGE_BYTES = 4096;

    private SqliteArticleStore(Jdbi jdbi, Path directory, HikariDataSource pool) {
        super(jdbi, directory, pool);
    }

    /**
     * Limits of the embedded store.
     *
     * @param busyTimeout how long a writer waits for another process's write lock before it fails (SQLITE_BUSY)
     * @param maxBytes    the most the database file may grow to (0: as far as the disk allows); a write beyond it
     *                    fails as a full disk does (SQLITE_FULL), and is rolled back whole
     */
    public record Options(Duration busyTimeout, long maxBytes) {
        /** Ten seconds' patience, no size limit. */
        public static final Options DEFAULTS = new Options(Duration.ofSeconds(10), 0);
    }

    /** Opens (creating when needed) the store in {@code directory} and brings its schema up to date. */
    public static SqliteArticleStore open(Path directory) {
        return open(directory, Options.DEFAULTS);
    }

    /** As {@link #open(Path)}, with these limits. */
    public static SqliteArticleStore open(Path directory, Options options) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("store: cannot create data directory " + directory, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout((int) options.busyTimeout().toMillis());
        if (options.maxBytes() > 0) {
            config.setPageSize(PAGE_BYTES);
            config.setMaxPageCount((int) Math.max(1, options.maxBytes() / PAGE_BYTES));
        }
        config.enforceForeignKeys(true);
        // Write transactions take the write lock when they begin, not at their first write: a decision read inside
        // one cannot be overtaken by another process's commit (and a reader never blocks on it, in WAL mode).
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + directory.resolve(DATABASE_FILE).toAbsolutePath());
        // Shared migrations, then the few whose SQL differs between SQLite and PostgreSQL (db/vendor/*/).
        Flyway.configure().dataSource(source).locations("classpath:db/migration", "classpath:db/vendor/sqlite").load()
                .migrate();
        HikariConfig pooling = new HikariConfig();
        pooling.setDataSource(source);
        pooling.setMaximumPoolSize(POOL_SIZE);
        pooling.setMinimumIdle(1);
        pooling.setIdleTimeout(60_000);
        pooling.setPoolName("storyline-store");
        HikariDataSource pool = new HikariDataSource(pooling);
        Jdbi jdbi = Jdbi.create(pool);
        jdbi.setStatementBuilderFactory(new StatementCache(org.sqlite.SQLiteConnection.class));
        return new SqliteArticleStore(jdbi, directory, pool);
    }
}
