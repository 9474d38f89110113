package org.storyline.bench.facts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;
import org.storyline.text.StableHash;

/**
 * Story facts against a labelled record of each incident, through the production path.
 *
 * <pre>
 * bin/bench FactsBench ../shared/bench/stories/gvc-dev.jsonl ../shared/bench/stories/gvc-dev-facts.jsonl
 * bin/bench FactsBench --seeds core/src/test/resources/seeds core/src/test/resources/cluster/seed-articles.jsonl \
 *     core/src/test/resources/enrich-entity
 * </pre>
 *
 * <p>Every article is written as an HTML page and ingested by {@code Pipeline} into a temporary store; the
 * stories, entities, events and claims are read with the classes {@code export} uses. Per story: the incident
 * is read from the story holding most of its articles. Per article: from the article analysed alone (a fact
 * the article's text does not name, a city or a surname, is not asked of it). Precision is of the value a
 * reader takes from the page (the day, the place and the tolls the analysis gives as when and where the event
 * happened and how many it killed and injured; with {@code -Dfacts.leadingEntity=true}, as measured before the
 * analysis stated them: the timeline event most articles date, the place entity most articles name other than
 * the state, the first named among equals, the count most articles give, the larger among equals); recall is whether the record's value is stated at all (for the city: a place entity names it). Incidents are
 * split in two by a hash of their id: "fit" is the half rules were developed on, "held" the half they were
 * not.
 */
public final class FactsBench {

    /** The fact whose per-article misses on the fitted half are printed, or null. */
    private static FactChecks.Fact misses;

    public static void main(String[] args) throws IOException {
        if (args.length == 4 && args[0].equals("--seeds")) {
            SeedGoldRun.run(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
            return;
        }
        if (args.length < 2) {
            System.err.println("usage: FactsBench ARTICLES_JSONL FACTS_JSONL [--misses date|city|place|killed|injured|people]\n"
                    + "       FactsBench --seeds SEED_PAGES_DIR HAND_SPLIT_JSONL GOLD_DIR");
            System.exit(2);
        }
        LabelledSet set = LabelledSet.read(Path.of(args[0]), Path.of(args[1]));
        Path data = Ingestion.temporaryStore();
        try (ArticleStore store = SqliteArticleStore.open(data)) {
            long start = System.nanoTime();
            Map<String, String> labelled = Ingestion.ingest(store, set.articles());
            System.out.printf("%d articles, %d incidents; %d stored in %d stories (%.0f s)%n", set.articles().size(),
                    set.incidents().size(), labelled.size(), store.counts().stories(), (System.nanoTime() - start) / 1e9);
            Exported exported = Exported.of(store);
            misses = args.length > 3 && args[2].equals("--misses")
                    ? FactChecks.Fact.valueOf(args[3].toUpperCase(java.util.Locale.ROOT)) : null;
            report(set, labelled, exported);
        } finally {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void report(LabelledSet set, Map<String, String> labelled, Exported exported) {
        Map<String, String> storedOf = labelled.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey, (a, b) -> a));
        Map<String, LabelledSet.Item> items = set.articles().stream()
                .collect(Collectors.toMap(LabelledSet.Item::id, Function.identity()));
        Map<String, Tally[]> tallies = new HashMap<>(); // split -> {story, article}
        for (LabelledSet.Incident incident : set.incidents()) {
            List<String> stored = incident.articleIds().stream().map(storedOf::get).filter(s -> s != null).toList();
            if (stored.isEmpty()) {
                continue;
            }
            String split = held(incident.story()) ? "held" : "fit";
            for (String key : List.of(split, "all")) {
                Tally[] t = tallies.computeIfAbsent(key, k -> new Tally[] {new Tally(), new Tally()});
                String story = stored.stream().map(exported.storyOfArticle::get)
                        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                        .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                Exported.Statements whole = exported.stories.get(story);
                String read = whole.articleIds().stream().map(labelled::get).filter(x -> x != null).map(items::get)
                        .sorted(Comparator.comparing(LabelledSet.Item::published, Comparator.nullsLast(
                                Comparator.naturalOrder()))).map(LabelledSet.Item::text)
                        .collect(Collectors.joining("\n\n"));
                check(t[0], incident, whole, null, read);
                if (key.equals("fit") && misses != null) {
                    Misses.print("story", misses, incident, whole, read);
                }
                for (String id : stored) {
                    String text = items.get(labelled.get(id)).text();
                    check(t[1], incident, exported.articles.get(id), text, text);
                    if (key.equals("fit") && misses != null) {
                        Misses.print("article", misses, incident, exported.articles.get(id), text);
                    }
                }
            }
        }
        System.out.println("fact      | story: P (n stated)  R (n)       | article: P (n stated)  R (n)");
        for (String key : List.of("fit", "held", "all")) {
            Tally[] t = tallies.get(key);
            System.out.println("-- " + key);
            for (FactChecks.Fact f : FactChecks.Fact.values()) {
                System.out.printf("%-9s | %s | %s%n", f.name().toLowerCase(java.util.Locale.ROOT), t[0].cell(f),
                        t[1].cell(f));
            }
        }
    }

    private static void check(Tally t, LabelledSet.Incident incident, Exported.Statements s, String text,
                              String read) {
        t.add(FactChecks.Fact.DATE, FactChecks.date(incident, s));
        t.add(FactChecks.Fact.CITY, FactChecks.city(incident, s, incident.state(), text, read));
        t.add(FactChecks.Fact.PLACE, FactChecks.place(incident, s, incident.state(), text, read));
        t.add(FactChecks.Fact.KILLED, FactChecks.count(incident.killed(), "killed or dead", s));
        t.add(FactChecks.Fact.INJURED, FactChecks.count(incident.injured(), "injured", s));
        FactChecks.people(incident, s, text).forEach(o -> t.add(FactChecks.Fact.PEOPLE, o));
    }

    /** The held-back half: incidents whose id hashes to an odd first byte. */
    static boolean held(String story) {
        return (StableHash.sha256Hex(story.getBytes(StandardCharsets.UTF_8)).charAt(1) - '0') % 2 == 1;
    }
}
