package org.storyline.store.postgres;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the shared store is.
 *
 * @param url               the JDBC URL, {@code jdbc:postgresql://host:5432/storyline}
 * @param user              the database user
 * @param password          its password (empty for trust or peer authentication)
 * @param poolSize          connections this process keeps at most
 * @param connectionTimeout how long a reader or writer waits for a connection, which is also how long a restart of
 *                          PostgreSQL may take before a write fails instead of waiting
 */
public record PostgresSettings(String url, String user, String password, int poolSize, Duration connectionTimeout) {

    public PostgresSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("store: not a PostgreSQL JDBC URL: " + url);
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("store: poolSize must be positive");
        }
    }

    /** Eight connections; a minute's wait for one (a PostgreSQL restart takes seconds). */
    public static PostgresSettings of(String url, String user, String password) {
        return new PostgresSettings(url, user, password, 8, Duration.ofMinutes(1));
    }

    public PostgresSettings withConnectionTimeout(Duration timeout) {
        return new PostgresSettings(url, user, password, poolSize, timeout);
    }
}
