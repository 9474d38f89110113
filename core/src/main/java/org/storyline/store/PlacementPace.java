package org.storyline.store;

/**
 * Keeps the workers that share a store placing documents in publish order between them, not only each in its own.
 * Story placement depends on order (a story takes what arrives after it; an article placed before the older
 * reports of its event may start a story of its own), and two workers that each apply their share of a backlog in
 * order still interleave the shares as their speeds allow: one worker a hundred documents ahead of the other
 * places them against stories that, in a single process, would already hold the other's older documents.
 *
 * <p>Each worker tells the others the publish time of the oldest document it holds and has not applied
 * ({@link #holding}); before it applies documents it waits, for a bounded time, until no other live worker holds an
 * older one ({@link #othersOldest}). The smallest holder never waits, so the workers cannot wait on each other in a
 * circle; a worker that stops reporting (killed, stalled) is left out after a while, and a worker that waited its
 * limit applies anyway: the pace is for quality, never for correctness (every placement still decides under the
 * store's write lock against everything committed before it).
 *
 * <p>Times are milliseconds since the epoch as the queue stamped them ({@link #NOTHING}: holds nothing).
 */
public interface PlacementPace extends AutoCloseable {

    /** Holding nothing; the oldest of nobody. */
    long NOTHING = Long.MAX_VALUE;

    /** Says that this worker holds nothing published before {@code oldest} ({@link #NOTHING}: nothing at all). */
    void holding(long oldest);

    /** The oldest publish time another live worker holds, or {@link #NOTHING}. */
    long othersOldest();

    /** Leaves: the others stop keeping pace with this worker. */
    @Override
    void close();

    /** One process alone on its store: nobody to keep pace with. */
    PlacementPace ALONE = new PlacementPace() {
        @Override
        public void holding(long oldest) {
        }

        @Override
        public long othersOldest() {
            return NOTHING;
        }

        @Override
        public void close() {
        }
    };
}
