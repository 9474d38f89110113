package org.storyline.enrich.claim;

import org.junit.jupiter.api.Test;
import org.storyline.enrich.timeline.SentenceSplitter;
import org.storyline.enrich.timeline.SeedCorpus;

class ClaimSeedDumpTest {
    @Test
    void dump() {
        ClaimExtractor x = new ClaimExtractor(new SentenceSplitter());
        java.util.List<NumericClaim> all = new java.util.ArrayList<>();
        for (SeedCorpus.Item i : SeedCorpus.read().rift()) {
            for (NumericClaim c : x.extract(i.id(), i.text())) {
                all.add(c);
                System.out.println("C " + i.id() + " | " + c.subject() + " " + c.qualifier() + " " + c.value() + " " + c.noun() + (c.partial() ? " PARTIAL" : "") + " | " + c.phrase());
            }
        }
        for (ClaimGroup g : new Disagreements().group(all)) {
            System.out.println("G " + g.subject() + " " + g.noun() + (g.disputed() ? " DISPUTED " : " ") + g.values().stream().map(v -> v.label() + v.articleIds()).toList());
        }
    }
}
