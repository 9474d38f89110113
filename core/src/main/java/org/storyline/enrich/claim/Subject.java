package org.storyline.enrich.claim;

import java.util.Locale;
import java.util.Set;

/** What a count of people is about: the event verb that goes with it ("nine people detained"). */
public enum Subject {
    DETAINED(Set.of("detained", "detain", "detaining", "arrested", "arrest", "arresting", "jailed", "held",
            "imprisoned", "detention", "bars")),
    KILLED(Set.of("killed", "killing", "died", "dead", "deaths", "death", "slain", "murdered", "drowned",
            "perished")),
    INJURED(Set.of("injured", "wounded", "hurt", "hospitalised", "hospitalized", "injuring", "wounding",
            "recovering", "treated", "hospital", "wounds", "injuries", "grazed")),
    CHARGED(Set.of("charged", "indicted", "convicted", "sentenced")),
    ABOARD(Set.of("aboard", "carrying", "carried", "onboard")),
    PASSENGERS(Set.of()),
    CREW(Set.of());

    private final Set<String> cues;

    Subject(Set<String> cues) {
        this.cues = cues;
    }

    /** A toll: a count that only grows as news comes in (the dead, the injured), not a count of one act. */
    boolean toll() {
        return this == KILLED || this == INJURED;
    }

    /** The subject a word signals ("arrested" → DETAINED), or null. */
    static Subject ofCue(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Subject s : values()) {
            if (s.cues.contains(w)) {
                return s;
            }
        }
        return null;
    }
}
