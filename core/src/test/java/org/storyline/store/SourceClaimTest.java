package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Source;

/** Claiming due sources: the most overdue first, each claim keeps them until its lease ends or a poll records them. */
class SourceClaimTest {

    private static final Instant NOW = Instant.parse("2025-07-04T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aClaimTakesTheMostOverdueAndNobodyTakesThemAgainUntilTheLeaseEnds() {
        try (ArticleStore store = SqliteArticleStore.open(dir)) {
            SourceRegistry sources = store.sources();
            for (int i = 0; i < 5; i++) {
                sources.add(source("s" + i, NOW.minusSeconds(100 - i)));  // s0 the most overdue
            }
            sources.add(source("later", NOW.plusSeconds(60)));
            assertThat(sources.claimDue(NOW, 2, Duration.ofMinutes(10))).extracting(Source::id)
                    .containsExactlyInAnyOrder("s0", "s1");
            assertThat(sources.claimDue(NOW, 10, Duration.ofMinutes(10))).extracting(Source::id)
                    .containsExactlyInAnyOrder("s2", "s3", "s4");
            assertThat(sources.claimDue(NOW, 10, Duration.ofMinutes(10))).isEmpty();
            assertThat(sources.claimDue(NOW.plus(Duration.ofMinutes(11)), 10, Duration.ofMinutes(10)))
                    .extracting(Source::id).containsExactlyInAnyOrder("s0", "s1", "s2", "s3", "s4", "later");
        }
    }

    static Source source(String id, Instant due) {
        return new Source(id, URI.create("https://example.org/" + id + ".xml"), Source.Kind.FEED, null, null, NOW,
                Source.State.fresh(due, Duration.ofHours(1)));
    }
}
