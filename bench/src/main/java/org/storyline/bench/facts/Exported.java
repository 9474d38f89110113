package org.storyline.bench.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.enrich.analysis.StoryAnalyzer;
import org.storyline.enrich.outlet.OutletRegistry;
import org.storyline.export.AnalysisRecords;
import org.storyline.export.EntityRecords;
import org.storyline.model.Story;
import org.storyline.model.StoredArticle;
import org.storyline.store.ArticleStore;

/**
 * What {@code export --what stories|entities|events|claims} gives for a store, read with the same classes the
 * export command uses (the stored story analyses), plus the analysis of each article on its own (to tell
 * clustering errors from extraction errors).
 */
final class Exported {

    /** The facts one story (or one article alone) states, in the export's JSON shapes. */
    record Statements(List<String> articleIds, List<Map<String, Object>> events, List<Map<String, Object>> claims,
                      List<Map<String, Object>> entities, String place, boolean placeIsTown,
                      java.time.LocalDate day, Map<String, Long> tolls) {}

    final Map<String, String> storyOfArticle = new HashMap<>();
    final Map<String, Statements> stories = new LinkedHashMap<>();
    final Map<String, Statements> articles = new LinkedHashMap<>();

    static Exported of(ArticleStore store) {
        Exported out = new Exported();
        List<Map<String, Object>> entities = new ArrayList<>();
        EntityRecords.entities(store.entities(), entities::add);
        Map<String, List<Map<String, Object>>> entitiesOf = new HashMap<>();
        for (Map<String, Object> e : entities) {
            for (Object id : (List<?>) e.get("articles")) {
                entitiesOf.computeIfAbsent((String) id, k -> new ArrayList<>()).add(e);
            }
        }
        StoryAnalyzer analyzer = new StoryAnalyzer(OutletRegistry.shipped());
        org.storyline.pipeline.StoryAnalyses stored = new org.storyline.pipeline.StoryAnalyses(store);
        for (Story story : store.stories(Integer.MAX_VALUE, 0)) {
            List<StoredArticle> members = store.articlesOfStory(story.id());
            var analysis = stored.of(story.id()).orElseThrow(); // what export and the story page read
            List<String> ids = members.stream().map(StoredArticle::id).toList();
            ids.forEach(id -> out.storyOfArticle.put(id, story.id()));
            List<Map<String, Object>> storyEntities = new ArrayList<>();
            ids.forEach(id -> entitiesOf.getOrDefault(id, List.of()).stream()
                    .filter(e -> !storyEntities.contains(e)).forEach(storyEntities::add));
            out.stories.put(story.id(), new Statements(ids, AnalysisRecords.events(story.id(), analysis),
                    AnalysisRecords.claims(story.id(), analysis), storyEntities, placeOf(analysis),
                    town(analysis), dayOf(analysis), tollsOf(analysis)));
            for (StoredArticle a : members) {
                // a copy is analysed as the page it is, not folded into its original
                var alone = analyzer.analyze(List.of(new StoredArticle(a.article(), null, a.storyId())));
                out.articles.put(a.id(), new Statements(List.of(a.id()), AnalysisRecords.events(null, alone),
                        AnalysisRecords.claims(null, alone), entitiesOf.getOrDefault(a.id(), List.of()),
                        placeOf(alone), town(alone), dayOf(alone), tollsOf(alone)));
            }
        }
        return out;
    }

    /** "killed" or "injured" to the number the analysis states for the event. */
    private static Map<String, Long> tollsOf(org.storyline.enrich.analysis.StoryAnalysis analysis) {
        Map<String, Long> out = new HashMap<>();
        analysis.tolls().forEach(t -> out.put(t.subject().name().toLowerCase(java.util.Locale.ROOT), t.value()));
        return out;
    }

    private static java.time.LocalDate dayOf(org.storyline.enrich.analysis.StoryAnalysis analysis) {
        return analysis.day() == null ? null : analysis.day().date();
    }

    private static boolean town(org.storyline.enrich.analysis.StoryAnalysis analysis) {
        return analysis.place() != null && analysis.place().locality();
    }

    private static String placeOf(org.storyline.enrich.analysis.StoryAnalysis analysis) {
        return analysis.place() == null ? null : analysis.place().name();
    }
}
