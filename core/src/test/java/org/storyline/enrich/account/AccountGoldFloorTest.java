package org.storyline.enrich.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storyline.enrich.timeline.SeedCorpus;
import org.storyline.enrich.timeline.SentenceSplitter;

/**
 * Precision and recall of accounts on the hand-labelled seed list ({@code enrich-account/seed-accounts.tsv}),
 * compared as (article, topic, cause, source's country). Floors are raised when the scores rise, never
 * lowered silently.
 */
class AccountGoldFloorTest {

    static final double PRECISION_FLOOR = 0.94;
    static final double RECALL_FLOOR = 0.94;

    @Test
    void accountsOnTheSeedsStayAboveTheFloors() throws IOException {
        Set<String> gold = new HashSet<>();
        try (InputStream in = getClass().getResourceAsStream("/enrich-account/seed-accounts.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    gold.add(line.strip());
                }
            }
        }
        AccountExtractor extractor = new AccountExtractor(new SentenceSplitter());
        Set<String> found = new HashSet<>();
        for (SeedCorpus.Item i : SeedCorpus.read().rift()) {
            if (!i.id().endsWith("-copy")) {
                for (Account a : extractor.extract(i.id(), i.text())) {
                    found.add(String.join("\t", a.articleId(), a.topic().name(), a.cause(),
                            a.side() == null ? "-" : a.side()));
                }
            }
        }
        Set<String> right = new HashSet<>(found);
        right.retainAll(gold);
        double precision = (double) right.size() / found.size();
        double recall = (double) right.size() / gold.size();
        System.out.printf("accounts on the seeds: precision %.3f (%d/%d), recall %.3f (%d/%d)%n", precision,
                right.size(), found.size(), recall, right.size(), gold.size());
        Set<String> missed = new HashSet<>(gold);
        missed.removeAll(found);
        Set<String> extra = new HashSet<>(found);
        extra.removeAll(gold);
        assertThat(precision).as("wrong: %s", extra).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(recall).as("missed: %s", missed).isGreaterThanOrEqualTo(RECALL_FLOOR);
    }
}
