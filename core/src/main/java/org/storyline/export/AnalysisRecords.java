package org.storyline.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.enrich.account.AccountDispute;
import org.storyline.enrich.account.AccountVersion;
import org.storyline.enrich.analysis.StoryAnalysis;
import org.storyline.enrich.claim.ClaimGroup;
import org.storyline.enrich.claim.ClaimValue;
import org.storyline.enrich.coverage.ClaimLabels;
import org.storyline.enrich.timeline.TimelineEntry;

/**
 * The JSON shape of a story's events and claims. Field names are part of the public interface: add, never
 * rename.
 *
 * <pre>{@code
 * {"story":"s-…","date":"2025-06-27","precision":"day","description":"Russian special forces conducted …",
 *  "articles":["k3x…","p9q…"],"outlets":["Al Jazeera","DW"]}
 * {"story":"s-…","kind":"count","subject":"people detained","disputed":true,
 *  "values":[{"value":"about 50","articles":["k3x…"],"outlets":["Al Jazeera"],"phrases":["About 50 people"]},…],
 *  "updated":false,"latest":"about 50"}
 * {"story":"s-…","kind":"account","subject":"cause of death","disputed":true,
 *  "values":[{"value":"natural causes (heart failure, illness)","sources":["Russian investigators",…],
 *             "articles":[…],"outlets":[…]},…]}
 * }</pre>
 */
public final class AnalysisRecords {

    private AnalysisRecords() {
    }

    /** One object per foreground timeline entry, earliest first; without "story" when {@code storyId} is null. */
    public static List<Map<String, Object>> events(String storyId, StoryAnalysis analysis) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TimelineEntry e : analysis.timeline()) {
            if (e.background()) {
                continue;
            }
            Map<String, Object> json = new LinkedHashMap<>();
            if (storyId != null) {
                json.put("story", storyId);
            }
            json.put("date", e.date().toString());
            json.put("precision", e.precision().name().toLowerCase(java.util.Locale.ROOT));
            json.put("description", e.description());
            json.put("articles", e.articleIds());
            json.put("outlets", analysis.outletsOf(e.articleIds()));
            out.add(json);
        }
        return out;
    }

    /** One object per group of counts, then one per account topic; without "story" when {@code storyId} is null. */
    public static List<Map<String, Object>> claims(String storyId, StoryAnalysis analysis) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ClaimGroup g : analysis.claims()) {
            List<Map<String, Object>> values = new ArrayList<>();
            for (ClaimValue v : g.values()) {
                Map<String, Object> value = new LinkedHashMap<>();
                value.put("value", v.label());
                value.put("articles", v.articleIds());
                value.put("outlets", analysis.outletsOf(v.articleIds()));
                value.put("phrases", v.phrases());
                values.add(value);
            }
            Map<String, Object> count = claim(storyId, "count", g.noun() + " " + ClaimLabels.verb(g.subject()),
                    g.disputed() && g.articleCount() > 1, values);
            // a toll that changed over time: the value that holds latest is what a reader takes
            count.put("updated", g.updated());
            count.put("latest", g.latest().label());
            out.add(count);
        }
        for (AccountDispute d : analysis.accounts()) {
            List<Map<String, Object>> values = new ArrayList<>();
            for (AccountVersion v : d.versions()) {
                Map<String, Object> value = new LinkedHashMap<>();
                value.put("value", v.cause());
                value.put("sources", v.sources());
                value.put("articles", v.articleIds());
                value.put("outlets", analysis.outletsOf(v.articleIds()));
                values.add(value);
            }
            out.add(claim(storyId, "account", d.topic().label(), d.disputed(), values));
        }
        return out;
    }

    /**
     * The whole analysis of a story as one object: summary (credited sentences), hashtags, events, claims and
     * per-outlet coverage with each outlet's registry label.
     */
    public static Map<String, Object> story(String storyId, StoryAnalysis analysis) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("story", storyId);
        List<Map<String, Object>> summary = new ArrayList<>();
        analysis.summary().forEach(s -> {
            Map<String, Object> sentence = new LinkedHashMap<>();
            sentence.put("text", s.text());
            sentence.put("article", s.articleId());
            sentence.put("outlet", analysis.outletOfArticle().get(s.articleId()));
            summary.add(sentence);
        });
        json.put("summary", summary);
        json.put("hashtags", analysis.hashtags());
        json.put("place", analysis.place() == null ? null : place(analysis));
        json.put("day", analysis.day() == null ? null : day(analysis));
        json.put("tolls", analysis.tolls().stream().map(t -> toll(analysis, t)).toList());
        json.put("events", events(null, analysis));
        json.put("claims", claims(null, analysis));
        List<Map<String, Object>> coverage = new ArrayList<>();
        for (var c : analysis.coverage()) {
            Map<String, Object> outlet = new LinkedHashMap<>();
            outlet.put("outlet", c.outlet());
            var profile = analysis.profiles().get(c.outlet());
            outlet.put("country", profile == null ? null : profile.country());
            outlet.put("type", profile == null ? null : profile.type().label());
            outlet.put("articles", c.articleIds());
            outlet.put("reported", c.reported());
            outlet.put("exclusive", c.exclusive().stream().map(AnalysisRecords::fact).toList());
            outlet.put("missing", c.missing().stream().map(AnalysisRecords::fact).toList());
            coverage.add(outlet);
        }
        json.put("coverage", coverage);
        return json;
    }

    /** {"date":"2016-06-03","articles":[…],"outlets":[…],"sentence":"…"}: when the event happened. */
    private static Map<String, Object> day(StoryAnalysis analysis) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("date", analysis.day().date().toString());
        json.put("articles", analysis.day().articleIds());
        json.put("outlets", analysis.outletsOf(analysis.day().articleIds()));
        json.put("sentence", analysis.day().sentence());
        return json;
    }

    /** {"subject":"killed","value":"2","articles":[…],"outlets":[…],"sentence":"…"}: how many the event killed or hurt. */
    private static Map<String, Object> toll(StoryAnalysis analysis, org.storyline.enrich.claim.EventTolls.Toll toll) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("subject", toll.subject().name().toLowerCase(java.util.Locale.ROOT));
        json.put("value", toll.label());
        json.put("articles", toll.articleIds());
        json.put("outlets", analysis.outletsOf(toll.articleIds()));
        json.put("sentence", toll.sentence());
        return json;
    }

    /** {"name":"Gary","region":"Ind.","level":"locality","articles":[…],"outlets":[…],"sentence":"…"}: where the event happened. */
    private static Map<String, Object> place(StoryAnalysis analysis) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", analysis.place().name());
        json.put("region", analysis.place().region());
        json.put("level", analysis.place().locality() ? "locality" : "area");
        json.put("articles", analysis.place().articleIds());
        json.put("outlets", analysis.outletsOf(analysis.place().articleIds()));
        json.put("sentence", analysis.place().sentence());
        return json;
    }

    private static Map<String, Object> fact(org.storyline.enrich.coverage.Fact fact) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", fact.kind().name().toLowerCase(java.util.Locale.ROOT));
        json.put("label", fact.label());
        json.put("articles", fact.articleIds());
        return json;
    }

    private static Map<String, Object> claim(String storyId, String kind, String subject, boolean disputed,
                                             List<Map<String, Object>> values) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (storyId != null) {
            json.put("story", storyId);
        }
        json.put("kind", kind);
        json.put("subject", subject);
        json.put("disputed", disputed);
        json.put("values", values);
        return json;
    }
}
