package org.storyline.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storyline.store.JdbiArticleStore;
import org.storyline.store.StoreTransaction;

/**
 * The shared store: one PostgreSQL database for any number of worker, serve and fetch processes, with the embedded
 * store's schema (the same Flyway migrations, PostgreSQL's own version of the one that differs) and SQL.
 *
 * <pre>{@code
 * try (ArticleStore store = PostgresArticleStore.open(
 *         PostgresSettings.of("jdbc:postgresql://db:5432/storyline", "storyline", secret), Path.of("data"))) {
 *     Pipeline pipeline = Pipeline.open(store);
 * }
 * }</pre>
 *
 * <p>Write transactions take one transaction-scoped advisory lock first, so they commit one after another: the
 * change feed's numbers are handed out and become visible in commit order (a follower at number n has seen every
 * change up to n), and each transaction's decisions see every write committed before it. Reads take no lock.
 * See the package notes for why, and what happens when PostgreSQL goes away.
 */
public final class PostgresArticleStore extends JdbiArticleStore {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresArticleStore.class);
    /** The writers' lock: any constant the other users of the database do not use ("StoryLin"). */
    static final long WRITERS_LOCK = 0x53746f72794c696eL;

    private final String url;

    private PostgresArticleStore(Jdbi jdbi, Path directory, HikariDataSource pool, String url) {
        super(jdbi, directory, pool);
        this.url = url;
    }

    /**
     * Opens the store in the database at {@code settings.url()} and brings its schema up to date (several
     * processes may do this at once: Flyway serialises them on a lock of its own).
     *
     * @param directory this process's local data directory (caches, an embedded search index)
     */
    public static PostgresArticleStore open(PostgresSettings settings, Path directory) {
        Flyway.configure().dataSource(settings.url(), settings.user(), settings.password())
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
        HikariConfig pooling = new HikariConfig();
        pooling.setJdbcUrl(settings.url());
        pooling.setUsername(settings.user());
        pooling.setPassword(settings.password());
        pooling.setMaximumPoolSize(settings.poolSize());
        pooling.setMinimumIdle(1);
        pooling.setConnectionTimeout(settings.connectionTimeout().toMillis());
        pooling.setPoolName("storyline-store");
        HikariDataSource pool = new HikariDataSource(pooling);
        return new PostgresArticleStore(Jdbi.create(pool), directory, pool, settings.url());
    }

    @Override
    protected void beginWrite(Handle handle) {
        handle.createQuery("SELECT pg_advisory_xact_lock(:k)::text").bind("k", WRITERS_LOCK).mapTo(String.class).one();
    }

    /** Workers on this database keep pace with each other through a table of what each holds. */
    @Override
    public org.storyline.store.PlacementPace pace(String worker) {
        return new PostgresPlacementPace(jdbi(), worker);
    }

    /** Concurrent claims of due sources take different rows instead of waiting for (or taking) each other's. */
    @Override
    protected String claimLock() {
        return "FOR UPDATE SKIP LOCKED";
    }

    /** As the interface says; a lost connection becomes one clear error (the transaction rolled back whole). */
    @Override
    public <T> T transaction(Function<StoreTransaction, T> work) {
        try {
            return super.transaction(work);
        } catch (RuntimeException e) {
            String state = connectionFailure(e);
            if (state == null) {
                throw e;
            }
            String message = "store: PostgreSQL at " + url + " is unavailable (SQLSTATE " + state + ": "
                    + rootMessage(e) + "); the transaction rolled back, nothing of it was written";
            LOG.warn(message);
            throw new IllegalStateException(message, e);
        }
    }

    /**
     * The SQLSTATE when {@code e} is the server going away (class 08: connection; 57P: shutting down, crashed,
     * starting), or null when it is anything else (core's {@code StoreErrors} says what to do with those).
     */
    static String connectionFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /** The innermost message there is (a driver's "Connection refused" rather than JDBI's wrapping). */
    private static String rootMessage(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
