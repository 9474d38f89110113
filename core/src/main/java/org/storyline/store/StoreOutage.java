package org.storyline.store;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a store that went away from a write that failed on its data: the first is the infrastructure's fault (a
 * database restarting, a network cut, a pool that waited in vain for a connection) and must stop the work so that
 * nothing is acknowledged as done; the second is one document's, recorded against it while the rest goes on.
 *
 * <pre>{@code
 * catch (RuntimeException e) {
 *     if (StoreOutage.causedBy(e)) throw e;   // not the document's fault
 *     recordProblem(document, e);
 * }
 * }</pre>
 */
public final class StoreOutage {

    private StoreOutage() {
    }

    /**
     * True when {@code failure} comes from the connection: SQLSTATE class 08 (ISO SQL's connection exceptions),
     * 57P01 to 57P03 (PostgreSQL shutting down, crashed, starting up), or JDBC's recoverable and transient
     * connection exceptions.
     */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLRecoverableException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                        || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }
}
