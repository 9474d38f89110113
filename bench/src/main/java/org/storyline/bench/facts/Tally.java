package org.storyline.bench.facts;

import java.util.EnumMap;
import java.util.Map;

/** Counts of check outcomes per fact, and the precision and recall they give. */
final class Tally {

    private final Map<FactChecks.Fact, int[]> counts = new EnumMap<>(FactChecks.Fact.class);

    void add(FactChecks.Fact fact, FactChecks.Outcome o) {
        int[] c = counts.computeIfAbsent(fact, f -> new int[4]);
        if (o.eligible()) {
            c[0]++;
            c[1] += o.found() ? 1 : 0;
        }
        if (o.stated()) {
            c[2]++;
            c[3] += o.correct() ? 1 : 0;
        }
    }

    /** "P 0.912 (n 150)  R 0.873 (n 179)", a dash where nothing was stated or eligible. */
    String cell(FactChecks.Fact fact) {
        int[] c = counts.getOrDefault(fact, new int[4]);
        String p = c[2] == 0 ? "    -      " : String.format("%.3f %5d", (double) c[3] / c[2], c[2]);
        String r = c[0] == 0 ? "    -      " : String.format("%.3f %5d", (double) c[1] / c[0], c[0]);
        return p + "  " + r;
    }
}
