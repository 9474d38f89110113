package org.storyline.model;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A source the user follows, with its polling state as the user sees it on the sources page.
 *
 * @param id            stable id from the URL
 * @param url           the feed (or page) address
 * @param kind          what the address serves
 * @param title         the feed's own title, or null before the first successful fetch
 * @param siteLink      the site the feed belongs to, or null
 * @param addedAt       when the user added it
 * @param state         polling state
 */
public record Source(String id, URI url, Kind kind, String title, URI siteLink, Instant addedAt, State state) {

    /** What a source's address serves. */
    public enum Kind { FEED, PAGE }

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
    }

    /** A name to show: the feed's title, else its host. */
    public String name() {
        return title != null && !title.isBlank() ? title : url.getHost();
    }

    /**
     * Polling state.
     *
     * @param lastFetch     when it was last fetched (successfully or not), or null
     * @param lastSuccess   when a fetch last succeeded, or null
     * @param nextFetch     when it is due
     * @param interval      the current polling interval (adapted to the feed's rate, backed off on errors)
     * @param items         items seen so far
     * @param lastNewItems  new or changed items in the last successful fetch
     * @param lastError     the last error in words, or null when the last fetch succeeded
     * @param lastErrorKind the kind of the last error (TIMEOUT, DNS, HTTP_STATUS...), or null
     * @param errorStreak   failed fetches in a row
     * @param etag          the validator for conditional GET, or null
     * @param lastModified  the validator for conditional GET, or null
     */
    public record State(Instant lastFetch, Instant lastSuccess, Instant nextFetch, Duration interval, int items,
                        int lastNewItems, String lastError, String lastErrorKind, int errorStreak, String etag,
                        String lastModified) {

        public State {
            Objects.requireNonNull(nextFetch, "nextFetch");
            Objects.requireNonNull(interval, "interval");
        }

        /** The state of a source nobody fetched yet: due now. */
        public static State fresh(Instant now, Duration interval) {
            return new State(null, null, now, interval, 0, 0, null, null, 0, null, null);
        }
    }
}
