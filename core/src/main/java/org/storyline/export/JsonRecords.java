package org.storyline.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.Article;
import org.storyline.model.Published;
import org.storyline.model.StoredArticle;
import org.storyline.model.Story;

/**
 * The JSON shape of articles and stories. Field names are part of the public interface: add, never rename.
 *
 * <pre>{@code
 * {"id":"k3x…","title":"…","source":"DW","url":null,"published":"2025-07-03","published_approx":false,
 *  "section":"Politics","author":null,"language":null,"hashtags":["SputnikAzerbaijan"],"text":"…",
 *  "duplicate_of":null,"story":"s-…","origin":"seeds/001.txt"}
 * }</pre>
 */
public final class JsonRecords {

    private JsonRecords() {
    }

    public static Map<String, Object> article(StoredArticle stored) {
        Article a = stored.article();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", a.id());
        json.put("title", a.title());
        json.put("source", a.outlet());
        json.put("url", a.url() == null ? null : a.url().toString());
        json.put("published", iso(a.published()));
        json.put("published_approx", a.published() != null && a.published().approximate());
        json.put("section", a.section());
        json.put("author", a.author());
        json.put("language", a.language());
        json.put("hashtags", a.hashtags());
        json.put("text", a.text());
        json.put("duplicate_of", stored.duplicateOf());
        json.put("story", stored.storyId());
        json.put("origin", a.origin());
        return json;
    }

    public static Map<String, Object> story(Story story, List<String> articleIds) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", story.id());
        json.put("title", story.title());
        json.put("articles", articleIds);
        json.put("first_published", iso(story.firstPublished()));
        json.put("last_published", iso(story.lastPublished()));
        json.put("article_count", story.articleCount());
        json.put("outlet_count", story.outletCount());
        return json;
    }

    private static String iso(Published published) {
        return published == null ? null : published.iso();
    }
}
