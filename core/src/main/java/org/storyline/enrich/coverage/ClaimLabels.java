package org.storyline.enrich.coverage;

import org.storyline.enrich.claim.Subject;

/** How a claim's subject reads after its count: "9 people detained", "67 people aboard". */
public final class ClaimLabels {

    private ClaimLabels() {
    }

    public static String verb(Subject subject) {
        return switch (subject) {
            case DETAINED -> "detained";
            case KILLED -> "killed or dead";
            case INJURED -> "injured";
            case CHARGED -> "charged";
            case ABOARD -> "aboard";
            case PASSENGERS -> "(passengers) aboard";
            case CREW -> "(crew) aboard";
        };
    }
}
