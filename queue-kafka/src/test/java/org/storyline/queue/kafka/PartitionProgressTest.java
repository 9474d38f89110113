package org.storyline.queue.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartitionProgressTest {

    @Test
    void theCommitStopsAtTheFirstDeliveryNotYetApplied() {
        PartitionProgress progress = new PartitionProgress();
        assertThat(progress.committable()).isEqualTo(-1);
        for (long offset = 10; offset < 15; offset++) {
            progress.delivered(offset);
        }
        assertThat(progress.committable()).isEqualTo(10);
        progress.acknowledged(11);
        progress.acknowledged(12);
        assertThat(progress.committable()).isEqualTo(10); // 10 is not applied: a restart must read it again
        progress.acknowledged(10);
        assertThat(progress.committable()).isEqualTo(13);
        progress.acknowledged(14);
        progress.acknowledged(13);
        assertThat(progress.committable()).isEqualTo(15);
        assertThat(progress.outstanding()).isZero();
    }

    @Test
    void anAcknowledgementOfSomethingNotDeliveredChangesNothing() {
        PartitionProgress progress = new PartitionProgress();
        progress.delivered(3);
        progress.acknowledged(99);
        assertThat(progress.committable()).isEqualTo(3);
    }
}
