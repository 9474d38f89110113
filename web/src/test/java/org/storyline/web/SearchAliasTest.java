package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.enrich.entity.EntityExtractor;
import org.storyline.enrich.entity.StoryEntities;
import org.storyline.index.LuceneArticleIndex;
import org.storyline.model.Article;
import org.storyline.model.EntityType;
import org.storyline.model.LocalEntity;
import org.storyline.model.StoredArticle;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/**
 * Search widens a name to the other spellings the entity stage joined to it (real entity stage, store, index and
 * server): "Ekaterinburg" finds the articles that write "Yekaterinburg", and the reverse; quoted queries stay exact.
 */
class SearchAliasTest {

    @TempDir
    static Path dir;
    private static Javalin app;
    private static LuceneArticleIndex index;

    @BeforeAll
    static void start() {
        ArticleStore store = SqliteArticleStore.open(dir.resolve("data"));
        index = LuceneArticleIndex.open(dir.resolve("index"));
        List<Article> articles = List.of(
                article("y1", "Raid in Yekaterinburg", "Police raided homes in Yekaterinburg on Friday, officials said."),
                article("y2", "Brothers die after arrest", "Two brothers died after their arrest in Yekaterinburg, a city in the Urals."),
                article("e1", "Baku protests", "Baku protested the raid in Ekaterinburg, the ministry said."),
                article("x1", "Harvest report", "Farmers in the south expect a good harvest this year."));
        EntityExtractor extractor = new EntityExtractor();
        store.transaction(tx -> {
            for (Article a : articles) {
                tx.insert(new StoredArticle(a, null, "s1"));
                tx.entities().replace(a.id(), 1, extractor.extract(a.text()).entities(), List.of());
            }
            List<LocalEntity> locals = tx.entities().localsOfStory("s1");
            Map<String, EntityType> types = new HashMap<>();
            locals.forEach(l -> types.put(l.id(), l.type()));
            tx.entities().resolve("s1", StoryEntities.resolve(locals), types);
            tx.refreshStory("s1");
            return null;
        });
        articles.forEach(index::put);
        app = WebServer.create(store, null, index, q -> null).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        index.close();
    }

    @Test
    void eitherSpellingFindsEveryArticleOfThePlace() throws Exception {
        assertThat(ids("Ekaterinburg")).containsExactlyInAnyOrder("y1", "y2", "e1");
        assertThat(ids("yekaterinburg")).containsExactlyInAnyOrder("y1", "y2", "e1");
        assertThat(ids("Ekaterinburg raid")).containsExactlyInAnyOrder("y1", "e1");
    }

    @Test
    void quotedQueriesAndUnknownWordsAreLeftAsTyped() throws Exception {
        assertThat(ids("\"Ekaterinburg\"")).containsExactly("e1");
        assertThat(ids("harvest")).containsExactly("x1");
        assertThat(ids("Narnia")).isEmpty();
    }

    private static List<String> ids(String query) throws Exception {
        String url = "http://127.0.0.1:" + app.port() + "/api/search?mode=keyword&q="
                + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode items = new ObjectMapper().readTree(response.body()).get("items");
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.get("id").asText()));
        return out;
    }

    private static Article article(String id, String title, String text) {
        return new Article(id, title, "Example Post", null, null, null, null, "en", List.of(), text, "test");
    }
}
