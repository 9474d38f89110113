package org.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.enrich.entity.EntityExtractor;
import org.storyline.enrich.entity.NameKey;
import org.storyline.model.Article;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Published;
import org.storyline.model.RawDocument;
import org.storyline.model.StoredArticle;
import org.storyline.store.EntityRow;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/** Entities and quotes stored at ingest, joined across a story's articles, and read again for older stores. */
class EntityRecorderTest {

    private static final Instant CAPTURED = Instant.parse("2025-07-04T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theSeedsStoreEntitiesAndQuotesOncePerArticle() throws IOException {
        ArticleStore store = SqliteArticleStore.open(dir);
        Pipeline pipeline = Pipeline.open(store);
        for (String seed : List.of("000_60c0dc753cd72808.txt", "001_cdf990397cf0dbf9.txt")) {
            pipeline.ingest(dump(seed), seed);
            pipeline.ingest(dump(seed), seed + " again"); // the same page under another hash changes nothing
        }
        String rift = store.articlesOfOutlet("DW", 1).get(0).storyId();
        List<EntityRow> rows = store.entities().ofStory(rift);
        Set<String> peskov = rows.stream().filter(r -> r.name().contains("Peskov")).map(EntityRow::entityId)
                .collect(Collectors.toSet());
        assertThat(peskov).containsExactly(NameKey.entityId(EntityType.PERSON, "Dmitry Peskov"));
        Set<String> belousov = rows.stream().filter(r -> r.name().endsWith("Belousov")).map(EntityRow::name)
                .collect(Collectors.toSet());
        assertThat(belousov).contains("Evgeny Belousov", "Yevgeny Belousov");
        assertThat(rows.stream().filter(r -> r.name().endsWith("Belousov")).map(EntityRow::entityId).distinct())
                .hasSize(1);
        assertThat(rows).doesNotHaveDuplicates();
        assertThat(store.entities().quotesOfStory(rift)).anySatisfy(q -> {
            assertThat(q.speakerName()).isEqualTo("Maria Zakharova");
            assertThat(q.text()).contains("These steps cause serious damage");
        });
    }

    @Test
    void aSurnameAloneInOneArticleJoinsTheFullNameInAnotherOfTheStory() {
        ArticleStore store = SqliteArticleStore.open(dir);
        EntityRecorder recorder = new EntityRecorder(new EntityExtractor());
        store.transaction(tx -> {
            tx.insert(new StoredArticle(article("a1", "Independent expert Kirill Krivosheev spoke to DW about Baku."),
                    null, "s1"));
            tx.insert(new StoredArticle(article("a2", "Krivosheev said that the crisis was simply collateral damage."),
                    null, "s1"));
            tx.insert(new StoredArticle(article("a3", "Krivosheev said that nothing had changed in his town."),
                    null, "s2"));
            for (String id : List.of("a1", "a2", "a3")) {
                recorder.record(tx, tx.article(id).orElseThrow().article());
            }
            recorder.resolve(tx, "s1");
            recorder.resolve(tx, "s2");
            return null;
        });
        String full = NameKey.entityId(EntityType.PERSON, "Kirill Krivosheev");
        assertThat(store.entities().ofArticle("a2")).singleElement().extracting(EntityRow::entityId).isEqualTo(full);
        assertThat(store.entities().ofArticle("a3")).singleElement().extracting(EntityRow::entityId)
                .as("another story knows no Kirill").isEqualTo(NameKey.entityId(EntityType.PERSON, "Krivosheev"));
        assertThat(store.entities().quotesOf(full)).singleElement()
                .satisfies(q -> assertThat(q.text()).isEqualTo("the crisis was simply collateral damage."));
        assertThat(store.entities().mentionsOf(full)).extracting(EntityRow::articleId).containsExactlyInAnyOrder("a1", "a2");
    }

    @Test
    void articlesStoredBeforeTheStageExistedAreReadWhenThePipelineOpens() throws IOException {
        ArticleStore store = SqliteArticleStore.open(dir);
        Pipeline.open(store).ingest(dump("002_8cb8ee6d2ea8524c.txt"), "h");
        String id = store.entities().unscanned(-1).get(0); // every article differs from version -1
        int before = store.entities().ofArticle(id).size();
        store.transaction(tx -> {
            tx.entities().replace(id, 0, List.of(), List.of()); // as if read by an older version of the stages
            return null;
        });
        assertThat(store.entities().unscanned(EntityRecorder.VERSION)).containsExactly(id);
        Pipeline.open(store);
        assertThat(store.entities().unscanned(EntityRecorder.VERSION)).isEmpty();
        assertThat(store.entities().ofArticle(id)).hasSize(before).isNotEmpty();
    }

    private static Article article(String id, String text) {
        return new Article(id, "Title " + id, "DW", null, Published.ofDate(LocalDate.of(2025, 7, 3)), null, null, "en",
                List.of(), text, "test");
    }

    private static RawDocument dump(String name) throws IOException {
        try (InputStream in = EntityRecorderTest.class.getResourceAsStream("/seeds/" + name)) {
            return new RawDocument(name, RawDocument.Format.TEXT_DUMP,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8), CAPTURED, false);
        }
    }
}
