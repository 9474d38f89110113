package org.storyline.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * API tokens: created with a name, kept as their SHA-256 only, checked on each write request.
 *
 * <pre>{@code
 * String secret = store.tokens().create("my-script").secret();  // shown once
 * store.tokens().verify("Bearer " + secret) ...
 * }</pre>
 *
 * <p>A token is {@code sl_} and 43 URL-safe base-64 characters (256 random bits), so it can be told apart in
 * logs and secret scanners; looking it up by its hash makes the check independent of how many characters of a
 * guess were right.
 */
public final class TokenRegistry {

    private static final String PREFIX = "sl_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbi jdbi;
    private final Clock clock;

    TokenRegistry(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** A token as listed: never the secret. */
    public record Token(String id, String name, Instant createdAt, Instant lastUsedAt) {}

    /** A new token and its secret, which is not kept anywhere. */
    public record Created(Token token, String secret) {}

    /** Creates a token named {@code name}; empty when the name is taken or blank. */
    public Optional<Created> create(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = sha256(secret);
        Token token = new Token(hash.substring(0, 12), name.strip(), clock.instant(), null);
        int inserted = jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO api_tokens (id, name, token_sha256, created_at) VALUES (:id, :name, :hash, :at)
                        ON CONFLICT DO NOTHING""")
                .bind("id", token.id()).bind("name", token.name()).bind("hash", hash)
                .bind("at", token.createdAt().toString()).execute());
        return inserted == 1 ? Optional.of(new Created(token, secret)) : Optional.empty();
    }

    /** The token whose secret this is (and notes its use), or empty. */
    public Optional<Token> verify(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String hash = sha256(secret);
        return jdbi.withHandle(h -> {
            Optional<Token> found = h.createQuery("SELECT * FROM api_tokens WHERE token_sha256 = :h").bind("h", hash)
                    .map((rs, ctx) -> token(rs)).findOne();
            found.ifPresent(t -> h.createUpdate("UPDATE api_tokens SET last_used_at = :at WHERE id = :id")
                    .bind("at", clock.instant().toString()).bind("id", t.id()).execute());
            return found;
        });
    }

    /** Every token, by name. */
    public List<Token> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM api_tokens ORDER BY name").map((rs, ctx) -> token(rs))
                .list());
    }

    /** Revokes a token by id or name; false when there is none. */
    public boolean revoke(String idOrName) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM api_tokens WHERE id = :k OR name = :k")
                .bind("k", idOrName).execute() > 0);
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("store: SHA-256 missing from the JDK", e);
        }
    }

    private static Token token(java.sql.ResultSet rs) throws java.sql.SQLException {
        String used = rs.getString("last_used_at");
        return new Token(rs.getString("id"), rs.getString("name"), Instant.parse(rs.getString("created_at")),
                used == null ? null : Instant.parse(used));
    }
}
