package org.storyline.queue.kafka;

import java.util.TreeSet;

/**
 * What may be committed on one partition: deliveries are handed out in offset order but acknowledged in any order
 * (a batch applies several at once), so the committed offset is the lowest delivery not yet acknowledged, never
 * past it. Committing past a hole would lose that document if the worker died before applying it.
 */
final class PartitionProgress {

    private final TreeSet<Long> outstanding = new TreeSet<>();
    private long next = -1;

    /** The record at {@code offset} was handed out. */
    void delivered(long offset) {
        outstanding.add(offset);
        next = Math.max(next, offset + 1);
    }

    /** The record at {@code offset} was applied. */
    void acknowledged(long offset) {
        outstanding.remove(offset);
    }

    /** The offset to commit (the next record to read after a restart), or -1 when nothing was delivered. */
    long committable() {
        return outstanding.isEmpty() ? next : outstanding.first();
    }

    /** Deliveries handed out and not yet acknowledged. */
    int outstanding() {
        return outstanding.size();
    }
}
