package org.storyline.app;

import java.nio.file.Path;
import java.util.Locale;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/**
 * Recognises a damaged SQLite store behind any failure and says what to do, instead of a raw JDBI message:
 * how to check it and how to get the articles out.
 *
 * <pre>{@code
 * StoreDamage.message(e, dataDir).ifPresent(System.err::println);
 * }</pre>
 */
final class StoreDamage {

    private StoreDamage() {
    }

    /** True when {@code failure} or one of its causes is SQLite reporting a damaged or foreign file. */
    static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t.getClass().getName().startsWith("org.sqlite.") && (message.contains("sqlite_corrupt")
                    || message.contains("sqlite_notadb") || message.contains("malformed")
                    || message.contains("not a database"))) {
                return true;
            }
        }
        return false;
    }

    /** The lines to print for a damaged store in {@code dataDir}. */
    static String message(Path dataDir) {
        Path db = dataDir.resolve(SqliteArticleStore.DATABASE_FILE);
        return String.join(System.lineSeparator(),
                "storyline: the store is damaged: SQLite cannot read part of " + db,
                "  check it:  sqlite3 '" + db + "' 'PRAGMA integrity_check'",
                "  recover:   stop Storyline and keep a copy of " + dataDir + "; then either",
                "             sqlite3 '" + db + "' .recover | sqlite3 NEW/storyline.db   and use --data NEW,",
                "             or save what still reads (storyline export --what articles -o saved.jsonl), and ingest",
                "             your pages and follow your feeds again into a new --data folder (the search index is",
                "             rebuilt with them).");
    }
}
