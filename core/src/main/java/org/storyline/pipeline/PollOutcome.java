package org.storyline.pipeline;

import org.storyline.model.Source;

/**
 * What polling one source did.
 *
 * @param source    the source, with its state after the poll
 * @param added     items new to the store
 * @param updated   items that changed since the last poll and were updated in place
 * @param skipped   items without any text (no content and no readable page)
 * @param error     what went wrong, in words, or null
 */
public record PollOutcome(Source source, int added, int updated, int skipped, String error) {

    public boolean failed() {
        return error != null;
    }

    @Override
    public String toString() {
        String name = source.name();
        return failed() ? "%s: %s (%s, try %d)".formatted(name, error, source.state().lastErrorKind(),
                source.state().errorStreak())
                : "%s: %d new, %d updated%s".formatted(name, added, updated, skipped > 0 ? ", " + skipped + " without text" : "");
    }
}
