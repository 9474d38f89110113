package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    private static final Instant T0 = Instant.parse("2025-07-01T12:00:00Z");

    @Test
    void allowsUpToTheLimitInTheWindowThenAgainAsAttemptsAge() {
        Throttle throttle = new Throttle(3, Duration.ofMinutes(15));
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.allows("anna", T0.plusSeconds(i))).isTrue();
            throttle.count("anna", T0.plusSeconds(i));
        }
        assertThat(throttle.allows("anna", T0.plusSeconds(10))).isFalse();
        assertThat(throttle.allows("bob", T0.plusSeconds(10))).isTrue();
        assertThat(throttle.allows("anna", T0.plus(Duration.ofMinutes(15)).plusSeconds(1))).isTrue();
        throttle.count("anna", T0.plusSeconds(20));
        throttle.reset("anna");
        assertThat(throttle.allows("anna", T0.plusSeconds(21))).isTrue();
    }
}
