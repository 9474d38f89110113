package org.storyline.store;

import java.sql.SQLException;
import java.util.Locale;

/**
 * What went wrong in the store, said so that a user can act on it: the database's own message (without the SQL
 * statement and driver wrappers around it), and for a busy or full database what to do about it. SQLSTATE classes
 * 08 (connection), 53 (insufficient resources) and 57 (operator intervention) are PostgreSQL's for the same cases.
 */
public final class StoreErrors {

    private StoreErrors() {
    }

    /** A one-line reason for a failed store operation. */
    public static String reason(Throwable failure) {
        SQLException sql = deepestSql(failure);
        if (sql == null) {
            return String.valueOf(failure.getMessage());
        }
        String message = String.valueOf(sql.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        if (busy(lower)) {
            return "the database is busy: another process held its write lock too long (" + message + ")";
        }
        if (full(lower) || lower.contains("no space left")) {
            return "the disk (or the store's size limit) is full; nothing of this write was kept (" + message + ")";
        }
        return message;
    }

    /**
     * Whether the failure is the database's, not the document's: busy, full, unreachable or closed. Writing the
     * next document would fail the same way, so the pipeline stops with the reason instead of failing each one.
     */
    public static boolean unavailable(Throwable failure) {
        SQLException sql = deepestSql(failure);
        if (sql == null) {
            return false;
        }
        String lower = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        return busy(lower) || full(lower) || lower.contains("sqlite_ioerr") || lower.contains("sqlite_cantopen")
                || lower.contains("has been closed") || lower.contains("connection is not available")
                || state.startsWith("08") || state.startsWith("53") || state.startsWith("57");
    }

    /**
     * Whether the failure is a full disk (or the store's size limit): a smaller write may still fit, so a group of
     * documents is worth writing one at a time before giving up.
     */
    public static boolean full(Throwable failure) {
        SQLException sql = deepestSql(failure);
        if (sql == null) {
            return false;
        }
        String lower = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
        return full(lower) || lower.contains("no space left") || "53100".equals(sql.getSQLState());
    }

    /** The store failed as a whole: a write cannot go on until the cause is fixed (the reason says which). */
    public static final class UnavailableException extends RuntimeException {
        public UnavailableException(Throwable cause) {
            super("store: " + reason(cause), cause);
        }
    }

    private static boolean busy(String lowerCaseMessage) {
        return lowerCaseMessage.contains("sqlite_busy") || lowerCaseMessage.contains("database is locked");
    }

    private static boolean full(String lowerCaseMessage) {
        return lowerCaseMessage.contains("sqlite_full") || lowerCaseMessage.contains("disk is full");
    }

    private static SQLException deepestSql(Throwable failure) {
        SQLException found = null;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException e) {
                found = e;
            }
        }
        return found;
    }
}
