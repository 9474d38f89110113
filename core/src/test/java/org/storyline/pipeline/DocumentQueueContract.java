package org.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.RawDocument;
import org.storyline.source.ReadResult;
import org.storyline.source.SourceFailure;

/**
 * What every {@link DocumentQueue} must do; an implementation's test extends this and says how to make one (in
 * core's test jar, so the queue modules beside core run the same checks against their real servers).
 */
public abstract class DocumentQueueContract {

    /** A new, empty queue. */
    protected abstract DocumentQueue newQueue();

    @Test
    void deliversInPublishOrderAtMostMaxAtATime() {
        try (DocumentQueue queue = newQueue()) {
            for (int i = 0; i < 10; i++) {
                queue.publish(document(i));
            }
            List<String> origins = new ArrayList<>();
            for (int round = 0; round < 10 && origins.size() < 10; round++) {
                List<DocumentQueue.Delivery> got = queue.poll(4, Duration.ofSeconds(5));
                assertThat(got.size()).isBetween(1, 4);
                got.forEach(d -> {
                    origins.add(origin(d.input()));
                    queue.acknowledge(d);
                });
            }
            assertThat(origins).containsExactly("doc-0", "doc-1", "doc-2", "doc-3", "doc-4", "doc-5", "doc-6",
                    "doc-7", "doc-8", "doc-9");
        }
    }

    @Test
    void anEmptyQueueWaitsAtMostTheGivenTimeAndAnAcknowledgedDeliveryNeverComesAgain() {
        try (DocumentQueue queue = newQueue()) {
            assertThat(queue.poll(10, Duration.ofMillis(50))).isEmpty();
            queue.publish(document(1));
            queue.publish(new ReadResult.Failed(new SourceFailure("bad.txt", "not UTF-8")));
            List<DocumentQueue.Delivery> got = queue.poll(10, Duration.ofSeconds(5));
            got.forEach(queue::acknowledge);
            assertThat(got).extracting(d -> origin(d.input())).containsExactly("doc-1", "bad.txt");
            assertThat(got.get(0).offset()).isLessThan(got.get(1).offset());
            assertThat(queue.poll(10, Duration.ofMillis(50))).isEmpty();
        }
    }

    @Test
    void afterCloseWhatWasPublishedIsDeliveredThenNothingAndPublishingFails() {
        DocumentQueue queue = newQueue();
        queue.publish(document(1));
        queue.close();
        assertThatThrownBy(() -> queue.publish(document(2))).isInstanceOf(IllegalStateException.class);
        List<DocumentQueue.Delivery> rest = queue.poll(10, Duration.ofSeconds(5));
        assertThat(rest).extracting(d -> origin(d.input())).containsExactly("doc-1");
        assertThat(queue.poll(10, Duration.ofMillis(50))).isEmpty();
    }

    private static ReadResult document(int i) {
        return new ReadResult.Read(new RawDocument("doc-" + i, RawDocument.Format.TEXT_DUMP, "text " + i,
                Instant.EPOCH, false), "hash-" + i);
    }

    private static String origin(ReadResult input) {
        return switch (input) {
            case ReadResult.Read r -> r.document().origin();
            case ReadResult.Failed f -> f.failure().origin();
        };
    }
}
