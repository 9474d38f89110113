package org.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

    private static final Instant NOW = Instant.parse("2025-07-04T12:00:00Z");
    private final PollSchedule schedule = PollSchedule.standard();

    @Test
    void theIntervalFollowsTheFeedsOwnRate() {
        assertThat(schedule.afterSuccess(Duration.ofHours(1), hourly(168), 1, NOW)).isEqualTo(Duration.ofHours(1));
        assertThat(schedule.afterSuccess(Duration.ofHours(1), hourly(2000), 1, NOW)).isEqualTo(Duration.ofMinutes(10));
        assertThat(schedule.afterSuccess(Duration.ofHours(1), List.of(NOW.minus(Duration.ofDays(2))), 0, NOW))
                .isEqualTo(Duration.ofHours(12));
    }

    @Test
    void nothingNewSlowsDownGentlyUpToTheMaximum() {
        assertThat(schedule.afterNothingNew(Duration.ofHours(1))).isEqualTo(Duration.ofMinutes(75));
        assertThat(schedule.afterNothingNew(Duration.ofHours(12))).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void errorsBackOffExponentiallyButNeverBeyondADay() {
        assertThat(schedule.afterError(Duration.ofHours(1), 1)).isEqualTo(Duration.ofHours(2));
        assertThat(schedule.afterError(Duration.ofHours(1), 3)).isEqualTo(Duration.ofHours(8));
        assertThat(schedule.afterError(Duration.ofHours(1), 30)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void retryAfterIsHonouredWithinTheCap() {
        assertThat(schedule.next(NOW, Duration.ofMinutes(10), NOW.plus(Duration.ofHours(3))))
                .isEqualTo(NOW.plus(Duration.ofHours(3)));
        assertThat(schedule.next(NOW, Duration.ofMinutes(10), NOW.plus(Duration.ofDays(30))))
                .isEqualTo(NOW.plus(Duration.ofDays(1)));
    }

    @Property
    void noSourceIsEverParkedForMoreThanADay(@ForAll @IntRange(min = 1, max = 10_000) int minutes,
                                             @ForAll @IntRange(min = 0, max = 1000) int streak) {
        Duration wait = schedule.afterError(Duration.ofMinutes(minutes), streak);
        assertThat(schedule.next(NOW, wait, NOW.plus(Duration.ofDays(365)))).isBeforeOrEqualTo(NOW.plus(Duration.ofDays(1)));
        assertThat(wait).isPositive();
    }

    private static List<Instant> hourly(int count) {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            times.add(NOW.minus(Duration.ofMinutes(60L * i * 168 / count)));
        }
        return times;
    }
}
