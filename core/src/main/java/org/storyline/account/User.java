package org.storyline.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A reader's account (its password hash stays in the store).
 *
 * @param id        stable id
 * @param name      the name as shown, NFKC-normalised
 * @param role      what it may do
 * @param createdAt when it signed up
 */
public record User(String id, String name, Role role, Instant createdAt) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
