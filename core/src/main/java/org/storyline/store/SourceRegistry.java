package org.storyline.store;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.storyline.model.Source;

/** The sources a user follows and their polling state. Items seen per source are written by {@link StoreTransaction}. */
public final class SourceRegistry {

    private final Jdbi jdbi;
    private final String claimLock;

    /** @param claimLock what a claim's row selection adds to lock what it takes ("" where one writer runs at a time) */
    SourceRegistry(Jdbi jdbi, String claimLock) {
        this.jdbi = jdbi;
        this.claimLock = claimLock;
    }

    /** Adds a source; false when one with the same URL is already there. */
    public boolean add(Source source) {
        return jdbi.withHandle(h -> h.createUpdate("""
                INSERT INTO sources (id, url, kind, title, site_url, added_at, next_fetch_epoch, interval_seconds,
                  item_count, last_new_items, error_streak)
                VALUES (:id, :url, :kind, :title, :site, :added, :next, :interval, 0, 0, 0)
                ON CONFLICT DO NOTHING""")
                .bind("id", source.id()).bind("url", source.url().toString()).bind("kind", source.kind().name())
                .bind("title", source.title()).bind("site", source.siteLink() == null ? null : source.siteLink().toString())
                .bind("added", source.addedAt().toString())
                .bind("next", source.state().nextFetch().getEpochSecond())
                .bind("interval", source.state().interval().toSeconds()).execute() == 1);
    }

    /** Every source, by name. */
    public List<Source> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM sources ORDER BY LOWER(COALESCE(title, url))")
                .map(SourceRegistry::source).list());
    }

    /** A source by id or by URL. */
    public Optional<Source> find(String idOrUrl) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM sources WHERE id = :k OR url = :k")
                .bind("k", idOrUrl).map(SourceRegistry::source).findOne());
    }

    /**
     * Claims up to {@code limit} of the sources due at {@code now}, the most overdue: none of them is due again, for
     * this or any other process on the same store, until {@code lease} has passed, unless the poll that follows
     * records its next time (a fetcher that dies mid-poll leaves its sources due again after the lease). Several
     * fetching processes on one database each get sources of their own: one statement claims them, and on
     * PostgreSQL its selection skips the rows another claim holds ({@code FOR UPDATE SKIP LOCKED}). Within a claim
     * the order is the database's.
     */
    public List<Source> claimDue(Instant now, int limit, Duration lease) {
        return jdbi.inTransaction(h -> h.createQuery("UPDATE sources SET next_fetch_epoch = :until"
                        + " WHERE next_fetch_epoch <= :now AND id IN (SELECT id FROM sources"
                        + " WHERE next_fetch_epoch <= :now ORDER BY next_fetch_epoch, id LIMIT :limit " + claimLock
                        + ") RETURNING *")
                .bind("now", now.getEpochSecond()).bind("until", now.plus(lease).getEpochSecond())
                .bind("limit", limit).map(SourceRegistry::source).list());
    }

    /** When the next source is due, or empty when there are no sources. */
    public Optional<Instant> nextDue() {
        return jdbi.withHandle(h -> h.createQuery("SELECT MIN(next_fetch_epoch) FROM sources")
                .mapTo(Long.class).findOne().map(Instant::ofEpochSecond));
    }

    /** Stops following a source; the articles it brought stay. */
    public boolean remove(String id) {
        return jdbi.withHandle(h -> {
            h.createUpdate("DELETE FROM source_items WHERE source_id = :id").bind("id", id).execute();
            return h.createUpdate("DELETE FROM sources WHERE id = :id").bind("id", id).execute() == 1;
        });
    }

    /** Saves what a fetch learnt: the feed's title and site, and the new polling state. */
    public void update(String id, String title, URI siteLink, Source.State state) {
        jdbi.useHandle(h -> h.createUpdate("""
                UPDATE sources SET title = COALESCE(:title, title), site_url = COALESCE(:site, site_url),
                  etag = :etag, last_modified = :lm, last_fetch_at = :last, last_success_at = :success,
                  next_fetch_epoch = :next, interval_seconds = :interval, item_count = :items,
                  last_new_items = :newItems, last_error = :error, last_error_kind = :kind, error_streak = :streak
                WHERE id = :id""")
                .bind("id", id).bind("title", title).bind("site", siteLink == null ? null : siteLink.toString())
                .bind("etag", state.etag()).bind("lm", state.lastModified())
                .bind("last", iso(state.lastFetch())).bind("success", iso(state.lastSuccess()))
                .bind("next", state.nextFetch().getEpochSecond()).bind("interval", state.interval().toSeconds())
                .bind("items", state.items()).bind("newItems", state.lastNewItems()).bind("error", state.lastError())
                .bind("kind", state.lastErrorKind()).bind("streak", state.errorStreak()).execute());
    }

    /** The article an item of this source was stored as, when the source delivered it before. */
    public Optional<String> itemArticle(String sourceId, String itemKey) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT article_id FROM source_items WHERE source_id = :s AND item_key = :k")
                .bind("s", sourceId).bind("k", itemKey).mapTo(String.class).findOne());
    }

    /** The content hash stored for an item, or empty when the item is new. */
    public Optional<String> itemHash(String sourceId, String itemKey) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT content_hash FROM source_items WHERE source_id = :s AND item_key = :k")
                .bind("s", sourceId).bind("k", itemKey).mapTo(String.class).findOne());
    }

    /** Publication times of a source's most recent items, newest first: the feed's own rate. */
    public List<Instant> recentItemTimes(String sourceId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT published_epoch FROM source_items WHERE source_id = :s AND published_epoch IS NOT NULL
                        ORDER BY published_epoch DESC LIMIT :l""")
                .bind("s", sourceId).bind("l", limit).mapTo(Long.class).map(Instant::ofEpochSecond).list());
    }

    private static Source source(ResultSet rs, StatementContext ctx) throws SQLException {
        String site = rs.getString("site_url");
        Source.State state = new Source.State(instant(rs.getString("last_fetch_at")),
                instant(rs.getString("last_success_at")), Instant.ofEpochSecond(rs.getLong("next_fetch_epoch")),
                Duration.ofSeconds(rs.getLong("interval_seconds")), rs.getInt("item_count"), rs.getInt("last_new_items"),
                rs.getString("last_error"), rs.getString("last_error_kind"), rs.getInt("error_streak"),
                rs.getString("etag"), rs.getString("last_modified"));
        return new Source(rs.getString("id"), URI.create(rs.getString("url")), Source.Kind.valueOf(rs.getString("kind")),
                rs.getString("title"), site == null ? null : URI.create(site), Instant.parse(rs.getString("added_at")),
                state);
    }

    private static Instant instant(String iso) {
        return iso == null ? null : Instant.parse(iso);
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
