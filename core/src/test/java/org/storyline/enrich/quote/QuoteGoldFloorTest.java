package org.storyline.enrich.quote;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.storyline.enrich.entity.SeedGold;
import org.storyline.enrich.gold.GoldScores;

/**
 * Quality gate: quotes and their speakers on the hand-annotated seed articles ({@code /enrich-entity/gold.json}).
 * A quote counts as right only with the right speaker. Raise the floors when the scores rise; never lower them
 * silently.
 */
class QuoteGoldFloorTest {

    static final double PRECISION_FLOOR = 0.98;
    static final double RECALL_FLOOR = 0.95;
    static final double SPEAKER_FLOOR = 0.98;
    static final double HELD_OUT_PRECISION_FLOOR = 0.95;
    static final double HELD_OUT_RECALL_FLOOR = 0.9;

    @Test
    void precisionAndRecallOnTheRiftStory() {
        GoldScores.Report r = SeedGold.report(SeedGold.DEVELOPMENT);
        assertTrue(r.quotes().precision() >= PRECISION_FLOOR, "quote precision " + r.quotes());
        assertTrue(r.quotes().recall() >= RECALL_FLOOR, "quote recall " + r.quotes());
        assertTrue(r.attributed().precision() >= SPEAKER_FLOOR, "speakers " + r.attributed());
    }

    @Test
    void precisionAndRecallOnHeldOutArticles() {
        GoldScores.Report r = SeedGold.report(SeedGold.HELD_OUT);
        assertTrue(r.quotes().precision() >= HELD_OUT_PRECISION_FLOOR, "held-out quote precision " + r.quotes());
        assertTrue(r.quotes().recall() >= HELD_OUT_RECALL_FLOOR, "held-out quote recall " + r.quotes());
    }
}
