package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Sign-in throttling refuses the guessing pair, slows a name guessed from everywhere, never locks a reader out. */
class SignInThrottleTest {

    private final Instant now = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void thePairIsRefusedAfterFiveFailuresAndOtherAddressesAreNot() {
        SignInThrottle throttle = new SignInThrottle();
        for (int i = 0; i < SignInThrottle.PAIR_LIMIT; i++) {
            assertThat(throttle.before("chloe", "10.0.0.1", now).refused()).isFalse();
            throttle.failed("chloe", "10.0.0.1", now);
        }
        assertThat(throttle.before("chloe", "10.0.0.1", now).refused()).isTrue();
        assertThat(throttle.before("chloe", "10.0.0.2", now)).isEqualTo(new SignInThrottle.Verdict(false, Duration.ZERO));
        assertThat(throttle.before("chloe", "10.0.0.1", now.plus(SignInThrottle.WINDOW))).extracting("refused")
                .isEqualTo(false);
    }

    @Test
    void aNameGuessedFromManyAddressesIsSlowedButNeverRefused() {
        SignInThrottle throttle = new SignInThrottle();
        for (int i = 0; i < 500; i++) {
            throttle.failed("chloe", "10.1." + i / 250 + "." + i % 250, now);
        }
        SignInThrottle.Verdict reader = throttle.before("chloe", "192.0.2.7", now);
        assertThat(reader.refused()).isFalse();
        assertThat(reader.delay()).isEqualTo(SignInThrottle.MAX_DELAY);
        SignInThrottle fresh = new SignInThrottle();
        for (int i = 0; i < SignInThrottle.NAME_SOFT_LIMIT; i++) {
            fresh.failed("anna", "10.2.0." + i, now);
        }
        assertThat(fresh.before("anna", "192.0.2.7", now).delay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(fresh.before("boris", "192.0.2.7", now).delay()).isZero();
    }

    @Test
    void oneAddressTryingManyNamesIsRefused() {
        SignInThrottle throttle = new SignInThrottle();
        for (int i = 0; i < SignInThrottle.ADDRESS_LIMIT; i++) {
            throttle.failed("name" + i, "10.0.0.9", now);
        }
        assertThat(throttle.before("someone-else", "10.0.0.9", now).refused()).isTrue();
    }
}
