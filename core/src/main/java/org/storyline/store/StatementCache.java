package org.storyline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilderFactory;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Keeps the prepared statements of each SQLite connection for the next handle that runs the same SQL, so a
 * page's dozens of queries are compiled once per connection instead of once per request.
 *
 * <pre>{@code
 * Jdbi jdbi = Jdbi.create(pool);
 * jdbi.setStatementBuilderFactory(new StatementCache(SQLiteConnection.class));
 * }</pre>
 *
 * <p>Why: under LoadBench's readers about 40% of a page's CPU went to {@code sqlite3_prepare_v2} (the pool hands
 * out long-lived connections, but JDBI's default builder prepares and closes each statement per use). The cache
 * is keyed by the pool's physical connection, and statements are prepared on it (not on the pool's proxy, which
 * closes what it handed out when a handle returns the connection). A statement is taken out while in use (a
 * handle may run the same SQL nested) and returned with its parameters cleared; its result set was closed
 * before, which resets the SQLite statement, so no cached statement holds a read snapshot open. Statements that
 * return generated keys or updatable result sets are not cached. Each connection keeps at most
 * {@value #PER_CONNECTION} SQL texts, least recently used closed first; a closed connection's statements go
 * with it.
 */
final class StatementCache implements StatementBuilderFactory {

    /** SQL texts kept per connection: the store runs fewer than this many distinct statements. */
    static final int PER_CONNECTION = 256;

    private final Class<? extends Connection> physical;
    private final Map<Connection, Statements> byConnection = new IdentityHashMap<>();

    /** @param physical the driver's connection class, unwrapped from the pool's proxy */
    StatementCache(Class<? extends Connection> physical) {
        this.physical = physical;
    }

    @Override
    public StatementBuilder createStatementBuilder(Connection connection) {
        return new Builder();
    }

    /** The statements cached for {@code connection} (its physical one), for tests. */
    int cached(Connection connection) throws SQLException {
        Statements s;
        synchronized (byConnection) {
            s = byConnection.get(connection.unwrap(physical));
        }
        return s == null ? 0 : s.size();
    }

    /** The statements of a physical connection; a new one first drops those of connections the pool closed. */
    private Statements of(Connection raw) {
        synchronized (byConnection) {
            Statements s = byConnection.get(raw);
            if (s == null) {
                byConnection.keySet().removeIf(StatementCache::closed); // the driver closed their statements
                s = new Statements();
                byConnection.put(raw, s);
            }
            return s;
        }
    }

    private static boolean closed(Connection c) {
        try {
            return c.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    /** One connection's idle statements by SQL, least recently used first. */
    private static final class Statements {
        final LinkedHashMap<String, Deque<PreparedStatement>> idle = new LinkedHashMap<>(64, 0.75f, true);

        synchronized PreparedStatement take(Connection raw, String sql) throws SQLException {
            Deque<PreparedStatement> free = idle.get(sql);
            PreparedStatement s = free == null ? null : free.poll();
            while (s != null && s.isClosed()) {
                s = free.poll();
            }
            return s != null ? s : raw.prepareStatement(sql);
        }

        synchronized void give(Connection raw, String sql, PreparedStatement s) throws SQLException {
            if (raw.isClosed() || s.isClosed()) {
                return;
            }
            s.clearParameters();
            idle.computeIfAbsent(sql, k -> new ArrayDeque<>(2)).push(s);
            while (idle.size() > PER_CONNECTION) {
                var eldest = idle.entrySet().iterator().next();
                idle.remove(eldest.getKey());
                for (PreparedStatement old : eldest.getValue()) {
                    old.close();
                }
            }
        }

        synchronized int size() {
            return idle.values().stream().mapToInt(Deque::size).sum();
        }
    }

    /**
     * One handle's builder: plain prepared statements come from and go back to the cache; any the handle never
     * closed (a result stream left open) are closed with the handle, as the pool would have closed them.
     */
    private final class Builder extends DefaultStatementBuilder {

        /** The statements out of the cache, with the SQL they were prepared from (JDBI closes with its own text). */
        private final Map<PreparedStatement, String> out = new IdentityHashMap<>();

        @Override
        public PreparedStatement create(Connection conn, String sql, StatementContext ctx) throws SQLException {
            if (ctx.isReturningGeneratedKeys() || ctx.isConcurrentUpdatable() || !conn.isWrapperFor(physical)) {
                return super.create(conn, sql, ctx);
            }
            Connection raw = conn.unwrap(physical);
            PreparedStatement s = of(raw).take(raw, sql);
            out.put(s, sql);
            return s;
        }

        @Override
        public void close(Connection conn, String sql, Statement stmt) throws SQLException {
            String prepared = stmt instanceof PreparedStatement p ? out.remove(p) : null;
            if (prepared != null) {
                PreparedStatement p = (PreparedStatement) stmt;
                of(p.getConnection()).give(p.getConnection(), prepared, p);
            } else {
                super.close(conn, sql, stmt);
            }
        }

        @Override
        public void close(Connection conn) {
            for (PreparedStatement s : out.keySet()) {
                try {
                    s.close();
                } catch (SQLException ignored) {
                    // the connection is going back to the pool either way
                }
            }
            out.clear();
        }
    }
}
