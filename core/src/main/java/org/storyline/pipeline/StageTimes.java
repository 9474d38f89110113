package org.storyline.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each stage since the pipeline opened, summed over threads (so with several workers the sum can
 * exceed the wall-clock time): what the benches print, and where to look when ingest is slow.
 */
public final class StageTimes {

    /** The stages, in pipeline order. */
    public enum Stage { EXTRACT, EMBED, NOTES, ENTITIES, DECIDE_AND_WRITE, INDEX, ANALYSE }

    private final Map<Stage, LongAdder> nanos = new LinkedHashMap<>();

    StageTimes() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    void add(Stage stage, long startNanos) {
        nanos.get(stage).add(System.nanoTime() - startNanos);
    }

    /** Milliseconds per stage so far. */
    public Map<Stage, Double> millis() {
        Map<Stage, Double> out = new LinkedHashMap<>();
        nanos.forEach((stage, total) -> out.put(stage, total.sum() / 1e6));
        return out;
    }
}
