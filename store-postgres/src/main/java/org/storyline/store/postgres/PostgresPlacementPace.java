package org.storyline.store.postgres;

import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import org.storyline.store.PlacementPace;

/**
 * {@link PlacementPace} on the shared database: one row per worker ({@code placement_pace}: its oldest held
 * publish time and when it last said so, by the database's clock). A worker not heard from for {@link #LIVE} is
 * left out (killed, or stalled: the pace is for quality, not correctness). One upsert per applied transaction and
 * one indexed read per look; nothing is locked.
 */
final class PostgresPlacementPace implements PlacementPace {

    /** How long a worker's last word counts: well over the time a worker short of CPU takes to prepare a document. */
    static final Duration LIVE = Duration.ofSeconds(60);

    private final Jdbi jdbi;
    private final String worker;

    PostgresPlacementPace(Jdbi jdbi, String worker) {
        this.jdbi = jdbi;
        this.worker = worker;
    }

    @Override
    public void holding(long oldest) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO placement_pace (worker, oldest, seen_at)"
                        + " VALUES (:worker, :oldest, clock_timestamp())"
                        + " ON CONFLICT (worker) DO UPDATE SET oldest = EXCLUDED.oldest, seen_at = EXCLUDED.seen_at")
                .bind("worker", worker).bind("oldest", oldest).execute());
    }

    @Override
    public long othersOldest() {
        Long oldest = jdbi.withHandle(h -> h.createQuery("SELECT min(oldest) FROM placement_pace"
                        + " WHERE worker <> :worker AND seen_at > clock_timestamp() - make_interval(secs => :live)")
                .bind("worker", worker).bind("live", (double) LIVE.toSeconds()).mapTo(Long.class).one());
        return oldest == null ? NOTHING : oldest;
    }

    @Override
    public void close() {
        try {
            jdbi.useHandle(h -> h.createUpdate("DELETE FROM placement_pace WHERE worker = :worker")
                    .bind("worker", worker).execute());
        } catch (RuntimeException e) {
            // the database is gone: the row ages out after LIVE
        }
    }
}
