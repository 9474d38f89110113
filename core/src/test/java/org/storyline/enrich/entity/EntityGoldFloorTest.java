package org.storyline.enrich.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.storyline.enrich.gold.GoldScores;

/**
 * Quality gate: entities on the hand-annotated seed articles ({@code /enrich-entity/gold.json}, rules in its
 * README). Raise the floors when the scores rise; never lower them silently.
 */
class EntityGoldFloorTest {

    static final double PRECISION_FLOOR = 0.98;
    static final double RECALL_FLOOR = 0.98;
    static final double HELD_OUT_PRECISION_FLOOR = 0.95;
    static final double HELD_OUT_RECALL_FLOOR = 0.95;

    @Test
    void precisionAndRecallOnTheRiftStory() {
        GoldScores.Score s = SeedGold.report(SeedGold.DEVELOPMENT).entities();
        assertTrue(s.precision() >= PRECISION_FLOOR, "entity precision " + s);
        assertTrue(s.recall() >= RECALL_FLOOR, "entity recall " + s);
    }

    @Test
    void precisionAndRecallOnHeldOutArticles() {
        GoldScores.Score s = SeedGold.report(SeedGold.HELD_OUT).entities();
        assertTrue(s.precision() >= HELD_OUT_PRECISION_FLOOR, "held-out entity precision " + s);
        assertTrue(s.recall() >= HELD_OUT_RECALL_FLOOR, "held-out entity recall " + s);
    }
}
