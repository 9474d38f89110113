package org.storyline.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded store: one SQLite database (WAL) in the data directory, the default for one machine.
 *
 * <p>WAL lets readers run beside the one writer SQLite allows; synchronous=NORMAL is crash-safe in WAL mode (a
 * killed process loses nothing committed, a power cut at most the last transactions); a writer that finds the
 * database busy waits up to 10 s before it fails with SQLITE_BUSY.
 */
public final class SqliteArticleStore extends JdbiArticleStore {

    /** The database file inside the data directory. */
    public static final String DATABASE_FILE = "storyline.db";

    /** Connections kept open: enough for a busy web server's readers; SQLite allows one writer at a time anyway. */
    private static final int POOL_SIZE = 8;

    private SqliteArticleStore(Jdbi jdbi, Path directory, HikariDataSource pool) {
        super(jdbi, directory, pool);
    }

    /** Opens (creating when needed) the store in {@code directory} and brings its schema up to date. */
    public static SqliteArticleStore open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("store: cannot create data directory " + directory, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
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
        return new SqliteArticleStore(Jdbi.create(pool), directory, pool);
    }
}
