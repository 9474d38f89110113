package org.storyline.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.storyline.account.Role;
import org.storyline.account.User;
import org.storyline.account.UserName;

/**
 * Readers' accounts and their sign-in sessions. Passwords arrive already hashed; session tokens arrive as the
 * cookie's value and are kept only as their SHA-256, so the database alone signs nobody in.
 */
public final class Accounts {

    private final Jdbi jdbi;

    Accounts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A new account, or empty when the name (in any case) is taken. */
    public Optional<User> create(UserName name, String passwordHash, Role role, Instant now) {
        if (!name.valid()) {
            throw new IllegalArgumentException("accounts: refused name: " + name.problem());
        }
        User user = new User(UUID.randomUUID().toString(), name.name(), role, now);
        int added = jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO users (id, name, name_key, password, role, created_at)
                        VALUES (:id, :name, :key, :password, :role, :at) ON CONFLICT DO NOTHING""")
                .bind("id", user.id()).bind("name", user.name()).bind("key", name.key()).bind("password", passwordHash)
                .bind("role", role.name()).bind("at", now.toString()).execute());
        return added == 1 ? Optional.of(user) : Optional.empty();
    }

    /** The account with this name key and its password hash, for signing in. */
    public Optional<Credentials> credentials(String nameKey) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM users WHERE name_key = :k").bind("k", nameKey)
                .map((rs, ctx) -> new Credentials(user(rs, ctx), rs.getString("password"))).findOne());
    }

    /** An account and its stored password hash. */
    public record Credentials(User user, String passwordHash) {}

    public Optional<User> user(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM users WHERE id = :id").bind("id", id)
                .map(Accounts::user).findOne());
    }

    public void setPassword(String userId, String passwordHash) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE users SET password = :p WHERE id = :id")
                .bind("p", passwordHash).bind("id", userId).execute());
    }

    public void setRole(String userId, Role role) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE users SET role = :r WHERE id = :id")
                .bind("r", role.name()).bind("id", userId).execute());
    }

    /** Starts a session for {@code token} (the cookie's value) until {@code expires}; drops expired sessions. */
    public void startSession(String token, String userId, Instant now, Instant expires) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM sessions WHERE expires_epoch <= :now").bind("now", now.getEpochSecond())
                    .execute();
            h.createUpdate("""
                            INSERT INTO sessions (token_hash, user_id, created_at, expires_epoch)
                            VALUES (:t, :u, :at, :exp)""")
                    .bind("t", digest(token)).bind("u", userId).bind("at", now.toString())
                    .bind("exp", expires.getEpochSecond()).execute();
        });
    }

    /** The account signed in with {@code token}, when the session exists and has not expired. */
    public Optional<User> sessionUser(String token, Instant now) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT u.* FROM sessions s JOIN users u ON u.id = s.user_id
                        WHERE s.token_hash = :t AND s.expires_epoch > :now""")
                .bind("t", digest(token)).bind("now", now.getEpochSecond()).map(Accounts::user).findOne());
    }

    /** Ends the session of {@code token}; nothing happens when there is none. */
    public void endSession(String token) {
        if (token != null) {
            jdbi.useHandle(h -> h.createUpdate("DELETE FROM sessions WHERE token_hash = :t").bind("t", digest(token))
                    .execute());
        }
    }

    /** Ends every session of an account (after its password changes). */
    public void endSessions(String userId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM sessions WHERE user_id = :u").bind("u", userId).execute());
    }

    private static User user(ResultSet rs, StatementContext ctx) throws SQLException {
        return new User(rs.getString("id"), rs.getString("name"), Role.valueOf(rs.getString("role")),
                Instant.parse(rs.getString("created_at")));
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("accounts: SHA-256 missing from this JVM", e);
        }
    }
}
