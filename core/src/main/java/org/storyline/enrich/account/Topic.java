package org.storyline.enrich.account;

import java.util.regex.Pattern;

/** What an account explains, and the words that show a sentence is about such an incident. */
public enum Topic {
    CAUSE_OF_DEATH("cause of death",
            "died|dies|dying|death|deaths|dead|killed|killing|killings|murder|murdered|autops\\w*|post-mortem|bodies"),
    CAUSE_OF_CRASH("cause of the crash",
            "crash\\w*|plane|jet|aircraft|airliner|flight|helicopter|downing|downed|shot down"),
    RESPONSIBILITY("who is to blame", "blame\\w*|responsib\\w*");

    private final String label;
    private final Pattern cue;

    Topic(String label, String cues) {
        this.label = label;
        this.cue = Pattern.compile("(?i)\\b(?:" + cues + ")\\b");
    }

    /** "cause of death", "cause of the crash", "who is to blame". */
    public String label() {
        return label;
    }

    boolean cuedBy(String text) {
        return cue.matcher(text).find();
    }
}
