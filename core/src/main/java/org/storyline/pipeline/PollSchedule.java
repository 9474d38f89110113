package org.storyline.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When to fetch a source next. Pure rules, tested without a clock:
 * <ul>
 *   <li>after a successful fetch, the interval follows the feed's own rate: a week divided by the number of
 *       items it published in the last week, between {@code min} and {@code max} (a feed that publishes
 *       hourly is polled about hourly; a weekly one once a day);</li>
 *   <li>after "not modified" or a fetch with nothing new, the interval grows by a quarter, up to {@code max};</li>
 *   <li>after an error, exponential backoff from the current interval, doubled per error in a row, capped at
 *       {@code maxBackoff} (a day) so that no source is ever parked forever;</li>
 *   <li>a server's Retry-After is honoured, within the same cap.</li>
 * </ul>
 *
 * @param min        shortest interval
 * @param max        longest interval while the feed is healthy
 * @param maxBackoff longest wait after errors or a Retry-After
 */
public record PollSchedule(Duration min, Duration max, Duration maxBackoff) {

    private static final Duration WEEK = Duration.ofDays(7);

    /** 10 minutes to 12 hours; errors back off up to a day. */
    public static PollSchedule standard() {
        return new PollSchedule(Duration.ofMinutes(10), Duration.ofHours(12), Duration.ofDays(1));
    }

    /** The interval after a successful fetch, from the publication times of the feed's recent items. */
    public Duration afterSuccess(Duration current, List<Instant> recentItems, int newItems, Instant now) {
        long lastWeek = recentItems.stream().filter(t -> !t.isAfter(now) && t.isAfter(now.minus(WEEK))).count();
        if (lastWeek > 0) {
            return clamp(WEEK.dividedBy(lastWeek), min, max);
        }
        return newItems > 0 ? clamp(current, min, max) : afterNothingNew(current);
    }

    /** The interval after "not modified": a little longer, up to {@code max}. */
    public Duration afterNothingNew(Duration current) {
        return clamp(current.plus(current.dividedBy(4)), min, max);
    }

    /** The wait after the {@code streak}-th error in a row (1 for the first), at most {@code maxBackoff}. */
    public Duration afterError(Duration current, int streak) {
        Duration base = clamp(current, min, max);
        int doublings = Math.min(Math.max(streak, 1), 20);
        Duration wait = base.multipliedBy(1L << doublings);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /** When to fetch next: after {@code interval}, but not before a server's Retry-After, and never beyond the cap. */
    public Instant next(Instant now, Duration interval, Instant retryAfter) {
        Instant next = now.plus(interval);
        if (retryAfter != null && retryAfter.isAfter(next)) {
            next = retryAfter;
        }
        Instant latest = now.plus(maxBackoff);
        return next.isAfter(latest) ? latest : next;
    }

    private static Duration clamp(Duration value, Duration low, Duration high) {
        return value.compareTo(low) < 0 ? low : value.compareTo(high) > 0 ? high : value;
    }
}
