package org.storyline.enrich.quote;

import java.util.List;
import java.util.Set;
import org.storyline.enrich.entity.Cues;
import org.storyline.enrich.entity.Sentence;

/**
 * A news outlet's or a journalist's account, not anyone's statement: "The media outlet Interfax wrote that
 * Putin spoke with journalists", "the newspaper reported that the talks failed". Such an attribution credits a
 * report; the people in it are the ones who spoke, and the report itself is no quote.
 */
final class Narration {

    private static final Set<String> REPORTING = Set.of("wrote", "writes", "reported", "reports", "reporting");
    /** Words that make the speaker a news outlet or one of its writers. */
    private static final Set<String> OUTLETS = Set.of("outlet", "outlets", "newspaper", "paper", "agency", "daily",
            "broadcaster", "channel", "magazine", "website", "tabloid", "journalist", "reporter", "correspondent",
            "columnist", "editor");
    /** How many words before the speaker's name its description may start ("the Russian media outlet"). */
    private static final int DESCRIPTION_WORDS = 4;

    private Narration() {
    }

    /** Whether the attribution in {@code u} is an outlet or a journalist reporting, by its verb and description. */
    static boolean isReport(Unit u, Attribution a) {
        List<Sentence.Token> t = u.tokens();
        if (!REPORTING.contains(Cues.lower(t.get(a.verb()).text()))) {
            return false;
        }
        if (a.word() != null && OUTLETS.contains(Cues.lower(a.word()))) {
            return true; // "the newspaper reported"
        }
        for (int k = Math.max(0, Math.min(a.from(), a.verb()) - DESCRIPTION_WORDS); k < Math.min(t.size(),
                Math.max(a.to(), a.from())); k++) {
            if (OUTLETS.contains(Cues.lower(t.get(k).text()))) {
                return true;
            }
        }
        return false;
    }
}
