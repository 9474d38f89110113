package org.storyline.enrich.coverage;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storyline.enrich.account.AccountDispute;
import org.storyline.enrich.account.AccountVersion;
import org.storyline.enrich.claim.ClaimGroup;
import org.storyline.enrich.claim.ClaimValue;
import org.storyline.enrich.timeline.TimelineEntry;

/** The other stages' results as facts to compare: one per timeline entry, claim value and account version. */
public final class Facts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Facts() {
    }

    /** "27 Jun 2025: Russian special forces conducted a violent raid ...". */
    public static List<Fact> ofTimeline(List<TimelineEntry> entries) {
        List<Fact> out = new ArrayList<>();
        for (TimelineEntry e : entries) {
            String date = switch (e.precision()) {
                case DAY, WEEK -> DAY.format(e.date());
                case MONTH -> e.date().getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)
                        + " " + e.date().getYear();
                case YEAR -> String.valueOf(e.date().getYear());
            };
            out.add(new Fact(Fact.Kind.EVENT, date + ": " + e.description(), e.articleIds()));
        }
        return out;
    }

    /** "about 50 people detained", one fact per value. */
    public static List<Fact> ofClaims(List<ClaimGroup> groups) {
        List<Fact> out = new ArrayList<>();
        for (ClaimGroup g : groups) {
            for (ClaimValue v : g.values()) {
                out.add(new Fact(Fact.Kind.CLAIM, v.label() + " " + g.noun() + " " + ClaimLabels.verb(g.subject()),
                        v.articleIds()));
            }
        }
        return out;
    }

    /** "cause of death: violence (...) according to Azerbaijani officials", one fact per version. */
    public static List<Fact> ofAccounts(List<AccountDispute> disputes) {
        List<Fact> out = new ArrayList<>();
        for (AccountDispute d : disputes) {
            for (AccountVersion v : d.versions()) {
                out.add(new Fact(Fact.Kind.ACCOUNT, d.topic().label() + ": " + v.cause() + ", according to "
                        + String.join(", ", v.sources()), v.articleIds()));
            }
        }
        return out;
    }
}
