package org.storyline.pipeline;

import java.util.Objects;

/**
 * What ingesting one document did.
 *
 * @param origin     the document's file path or URL
 * @param status     the kind of outcome
 * @param added      articles new to the store
 * @param updated    articles already stored that this document completed (a fuller copy)
 * @param duplicates of the added articles, how many are copies of an article already stored
 * @param reason     for SKIPPED and FAILED, what is wrong; otherwise null
 */
public record DocumentOutcome(String origin, Status status, int added, int updated, int duplicates, String reason) {

    /** The kinds of outcome. */
    public enum Status {
        /** stored */
        INGESTED,
        /** this exact document was ingested before: nothing changed */
        UNCHANGED,
        /** readable, but holds no recognisable article */
        SKIPPED,
        /** could not be read or stored */
        FAILED
    }

    public DocumentOutcome {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(status, "status");
    }

    static DocumentOutcome skipped(String origin, String reason) {
        return new DocumentOutcome(origin, Status.SKIPPED, 0, 0, 0, reason);
    }

    static DocumentOutcome failed(String origin, String reason) {
        return new DocumentOutcome(origin, Status.FAILED, 0, 0, 0, reason);
    }

    public boolean isProblem() {
        return status == Status.SKIPPED || status == Status.FAILED;
    }

    @Override
    public String toString() {
        return switch (status) {
            case INGESTED -> "%s: %d new, %d updated, %d duplicates".formatted(origin, added, updated, duplicates);
            case UNCHANGED -> origin + ": already ingested, unchanged";
            case SKIPPED, FAILED -> origin + ": " + reason;
        };
    }
}
