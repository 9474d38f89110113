/**
 * Readers' accounts: names, roles and passwords, and the records for their comments and follows.
 *
 * <p>In: what a reader typed (a name, a password, a comment). Out: validated values, or the reason they were
 * refused, as data. {@link org.storyline.account.Passwords} hashes with Argon2id. This package stores nothing
 * (see {@code org.storyline.store.Accounts}) and knows nothing of HTTP, cookies or sessions.
 */
package org.storyline.account;
