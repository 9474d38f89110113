package org.storyline.enrich.account;

import java.util.List;
import java.util.Objects;

/**
 * One version of a disputed fact and the accounts that give it.
 *
 * @param cause    the cause or blamed party
 * @param accounts the accounts, in order of first article
 */
public record AccountVersion(String cause, List<Account> accounts) {

    public AccountVersion {
        Objects.requireNonNull(cause, "cause");
        accounts = List.copyOf(accounts);
    }

    /** The distinct sources as written, first mention first. */
    public List<String> sources() {
        return accounts.stream().map(Account::source).distinct().toList();
    }

    /** The articles that report this version, each once. */
    public List<String> articleIds() {
        return accounts.stream().map(Account::articleId).distinct().toList();
    }

    /** The countries the sources speak for, each once. */
    public List<String> sides() {
        return accounts.stream().map(Account::side).filter(Objects::nonNull).distinct().toList();
    }
}
