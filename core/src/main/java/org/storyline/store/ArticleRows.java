package org.storyline.store;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.storyline.model.Article;
import org.storyline.model.Published;
import org.storyline.model.StoredArticle;
import org.storyline.model.Story;

/** Maps rows to records. Hashtags live in their own table and are loaded for a page of articles at once. */
final class ArticleRows {

    static final String COLUMNS = "id, title, outlet, url, published, published_approx, section, author, language,"
            + " body, origin, duplicate_of, story_id";

    private ArticleRows() {
    }

    static StoredArticle article(ResultSet rs, StatementContext ctx) throws SQLException {
        String url = rs.getString("url");
        Article article = new Article(rs.getString("id"), rs.getString("title"), rs.getString("outlet"),
                url == null ? null : URI.create(url), published(rs.getString("published"), rs.getInt("published_approx")),
                rs.getString("section"), rs.getString("author"), rs.getString("language"), List.of(),
                rs.getString("body"), rs.getString("origin"));
        return new StoredArticle(article, rs.getString("duplicate_of"), rs.getString("story_id"));
    }

    static Story story(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Story(rs.getString("id"), rs.getString("title"), rs.getInt("article_count"),
                rs.getInt("outlet_count"), published(rs.getString("first_published"), 0),
                published(rs.getString("last_published"), 0));
    }

    static Published published(String iso, int approximate) {
        return iso == null ? null : Published.parseIso(iso, approximate != 0);
    }

    static Long epoch(Published published) {
        return published == null ? null : published.instant().getEpochSecond();
    }

    static String iso(Instant instant) {
        return instant.toString();
    }

    /** The articles with their hashtags filled in, in the same order. */
    static List<StoredArticle> withHashtags(Handle handle, List<StoredArticle> articles) {
        if (articles.isEmpty()) {
            return articles;
        }
        Map<String, List<String>> tags = new LinkedHashMap<>();
        handle.createQuery("SELECT article_id, tag FROM article_hashtags WHERE article_id IN (<ids>) ORDER BY position")
                .bindList("ids", articles.stream().map(StoredArticle::id).distinct().toList())
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> tags.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return articles.stream().map(a -> {
            List<String> own = tags.getOrDefault(a.id(), List.of());
            Article x = a.article();
            return new StoredArticle(new Article(x.id(), x.title(), x.outlet(), x.url(), x.published(), x.section(),
                    x.author(), x.language(), own, x.text(), x.origin()), a.duplicateOf(), a.storyId());
        }).toList();
    }
}
