package org.storyline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class PublishedTest {

    @Property(tries = 2000)
    void readsBackWhatItWroteAsInstantParseDoes(@ForAll @LongRange(min = -62_135_596_800L, max = 253_402_300_799L) long second) {
        Instant at = Instant.ofEpochSecond(second);
        String iso = at.toString();
        assertThat(Published.parseIso(iso, false).instant()).isEqualTo(Instant.parse(iso));
    }

    @Test
    void keepsThePrecisionItWasWrittenAt() {
        assertThat(Published.parseIso("2025-07-04T11:00:00Z", false).precision()).isEqualTo(ChronoUnit.HOURS);
        assertThat(Published.parseIso("2025-07-04T11:30:00Z", false).precision()).isEqualTo(ChronoUnit.MINUTES);
        assertThat(Published.parseIso("2025-07-04T11:30:05Z", true).precision()).isEqualTo(ChronoUnit.SECONDS);
        assertThat(Published.parseIso("2025-07-04", false).precision()).isEqualTo(ChronoUnit.DAYS);
    }

    @Test
    void unusualFormsAreReadAsInstantParseReadsThem() {
        for (String iso : new String[] {"2025-07-04T24:00:00Z", "2016-12-31T23:59:60Z", "2025-07-04T11:00:00.5Z"}) {
            assertThat(Published.parseIso(iso, false).instant()).as(iso).isEqualTo(Instant.parse(iso));
        }
        for (String bad : new String[] {"2025-02-30T00:00:00Z", "2025-13-01T00:00:00Z", "2025-07-04T11:6x:00Z"}) {
            assertThatThrownBy(() -> Published.parseIso(bad, false)).as(bad).isInstanceOf(DateTimeParseException.class);
        }
    }
}
