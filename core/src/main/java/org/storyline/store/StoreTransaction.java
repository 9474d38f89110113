package org.storyline.store;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.storyline.model.Article;
import org.storyline.model.ArticleNote;
import org.storyline.model.ParsedArticle;
import org.storyline.model.StoredArticle;

/**
 * The writes of one document's ingest, all inside one database transaction (see {@link ArticleStore#transaction}).
 * Nothing written here is visible to readers, or survives a crash, until the whole document commits.
 */
public final class StoreTransaction {

    /** Ids bound in one statement: well under SQLite's and PostgreSQL's limits on parameters. */
    private static final int ID_SLICE = 500;

    private final Handle handle;

    StoreTransaction(Handle handle) {
        this.handle = handle;
    }

    /** The change feed's last sequence number as this transaction sees it (see {@link ArticleStore#changesAfter}). */
    public long lastChange() {
        return handle.createQuery("SELECT COALESCE(MAX(seq), 0) FROM changes").mapTo(Long.class).one();
    }

    private void changed(String kind, String subject) {
        handle.createUpdate("INSERT INTO changes (kind, subject) VALUES (:k, :s)").bind("k", kind).bind("s", subject)
                .execute();
    }

    /** Writes of entities and quotes in this transaction. */
    public EntityTables entities() {
        return new EntityTables(handle);
    }

    public boolean hasDocument(String contentHash) {
        return handle.createQuery("SELECT COUNT(*) FROM documents WHERE content_hash = :h")
                .bind("h", contentHash).mapTo(Integer.class).one() > 0;
    }

    public void addDocument(String contentHash, String origin, Instant capturedAt, boolean approx, int articles) {
        handle.createUpdate("""
                INSERT INTO documents (content_hash, origin, captured_at, captured_approx, ingested_at, article_count)
                VALUES (:h, :origin, :captured, :approx, :now, :n)""")
                .bind("h", contentHash).bind("origin", origin).bind("captured", capturedAt.toString())
                .bind("approx", approx ? 1 : 0).bind("now", Instant.now().toString()).bind("n", articles)
                .execute();
    }

    public Optional<StoredArticle> article(String id) {
        return handle.createQuery("SELECT " + ArticleRows.COLUMNS + " FROM articles WHERE id = :id")
                .bind("id", id).map(ArticleRows::article).findOne()
                .map(a -> ArticleRows.withHashtags(handle, List.of(a)).get(0));
    }

    /** Inserts a new article; its sequence number records ingest order for restoring in-memory state. */
    public void insert(StoredArticle stored) {
        Article a = stored.article();
        handle.createUpdate("INSERT INTO articles (" + ArticleRows.COLUMNS + ", published_epoch, word_count, seq)"
                        + " VALUES (:id, :title, :outlet, :url, :published, :approx, :section, :author, :language,"
                        + " :body, :origin, :dup, :story, :epoch, :words,"
                        + " (SELECT COALESCE(MAX(seq), 0) + 1 FROM articles))") // allocated by the database
                .bind("id", a.id()).bind("origin", a.origin()).bind("dup", stored.duplicateOf())
                .bind("story", stored.storyId())
                .bindMap(fields(a)).execute();
        replaceHashtags(a);
        changed("article", a.id());
    }

    /** Replaces an article's content (a fuller copy arrived); its story and duplicate links stay. */
    public void update(Article a) {
        handle.createUpdate("""
                UPDATE articles SET title = :title, outlet = :outlet, url = :url, published = :published,
                  published_approx = :approx, section = :section, author = :author, language = :language,
                  body = :body, published_epoch = :epoch, word_count = :words WHERE id = :id""")
                .bind("id", a.id()).bindMap(fields(a)).execute();
        replaceHashtags(a);
        // Passages point into the text by offset: a new text is split and embedded again by the passage stage.
        handle.createUpdate("DELETE FROM article_passages WHERE article_id = :id").bind("id", a.id()).execute();
        // A note was made from the old text and metadata: the writer puts the new version's note.
        handle.createUpdate("DELETE FROM article_notes WHERE article_id = :id").bind("id", a.id()).execute();
        changed("update", a.id());
    }

    /** Makes {@code newCanonical} the canonical copy of the group that {@code oldCanonical} led. */
    public void repointCopies(String oldCanonical, String newCanonical) {
        handle.createUpdate("UPDATE articles SET duplicate_of = :n WHERE (duplicate_of = :o OR id = :o) AND id <> :n")
                .bind("o", oldCanonical).bind("n", newCanonical).execute();
        // The members' group changed: the search index, which counts a group once, puts them again.
        handle.createUpdate("INSERT INTO changes (kind, subject) SELECT 'group', id FROM articles WHERE duplicate_of = :n"
                + " ORDER BY seq").bind("n", newCanonical).execute();
    }

    public void linkDocument(String contentHash, String articleId, ParsedArticle.Role role, int position) {
        handle.createUpdate("""
                INSERT INTO document_articles (content_hash, article_id, role, position) VALUES (:h, :a, :r, :p)
                ON CONFLICT (content_hash, article_id) DO NOTHING""")
                .bind("h", contentHash).bind("a", articleId).bind("r", role.name()).bind("p", position).execute();
    }

    /**
     * Moves every article of story {@code gone} into {@code kept} and keeps {@code gone} as a redirect (also for
     * stories that earlier redirected to {@code gone}).
     */
    public void mergeStory(String gone, String kept) {
        keepMerged(gone, kept);
        handle.createUpdate("UPDATE articles SET story_id = :k WHERE story_id = :g").bind("k", kept).bind("g", gone)
                .execute();
        handle.createUpdate("UPDATE story_redirects SET new_id = :k WHERE new_id = :g").bind("k", kept).bind("g", gone)
                .execute();
        handle.createUpdate("""
                INSERT INTO story_redirects (old_id, new_id, at) VALUES (:g, :k, :at)
                ON CONFLICT (old_id) DO UPDATE SET new_id = excluded.new_id, at = excluded.at""")
                .bind("g", gone).bind("k", kept).bind("at", Instant.now().toString()).execute();
        recordLineage(kept, gone, "absorbed");
        changed("story", kept);
        refreshStory(gone);
        refreshStory(kept);
    }

    /**
     * Moves the articles {@code moved} (and their copies) from story {@code from} to the new story {@code to},
     * recording the split in both stories' history.
     */
    public void splitStory(String from, String to, List<String> moved) {
        for (String id : moved) {
            handle.createUpdate("UPDATE articles SET story_id = :to WHERE (id = :id OR duplicate_of = :id) AND story_id = :from")
                    .bind("to", to).bind("id", id).bind("from", from).execute();
        }
        recordLineage(to, from, "split_from");
        changed("story", from);
        refreshStory(from);
        refreshStory(to);
    }

    /** The story's earliest original articles: dated ones by date, then undated ones, each by arrival. */
    public List<StoredArticle> earliestOriginals(String storyId, int limit) {
        return handle.createQuery("SELECT " + ArticleRows.COLUMNS + """
                 FROM articles WHERE story_id = :s AND (duplicate_of || '') IS NULL
                ORDER BY CASE WHEN published_epoch IS NULL THEN 1 ELSE 0 END, published_epoch, seq LIMIT :n""")
                .bind("s", storyId).bind("n", limit).map(ArticleRows::article).list();
    }

    /** Names a story (its row must exist: after {@link #refreshStory}). */
    public void nameStory(String storyId, String title) {
        handle.createUpdate("UPDATE stories SET title = :t WHERE id = :s").bind("t", title).bind("s", storyId).execute();
    }

    /** The story's original articles (copies left out), oldest first (undated ones by arrival). */
    public List<StoredArticle> originalsOfStory(String storyId) {
        return handle.createQuery("SELECT " + ArticleRows.COLUMNS + """
                 FROM articles WHERE story_id = :s AND (duplicate_of || '') IS NULL
                ORDER BY COALESCE(published_epoch, 0), seq""")
                .bind("s", storyId).map(ArticleRows::article).list();
    }

    /** An article's stored sentence embedding, or empty. */
    public Optional<byte[]> vector(String articleId) {
        return handle.createQuery("SELECT vector FROM article_vectors WHERE article_id = :id")
                .bind("id", articleId).mapTo(byte[].class).findOne();
    }

    /** Keeps what {@code gone} was (title, size, dates, articles) before its articles move and its row goes. */
    private void keepMerged(String gone, String kept) {
        handle.createUpdate("""
                INSERT INTO story_merges (gone_id, kept_id, title, article_count, outlet_count, first_published,
                  last_published, at)
                SELECT id, :k, title, article_count, outlet_count, first_published, last_published, :at
                  FROM stories WHERE id = :g
                ON CONFLICT (gone_id) DO UPDATE SET kept_id = excluded.kept_id, title = excluded.title,
                  article_count = excluded.article_count, outlet_count = excluded.outlet_count,
                  first_published = excluded.first_published, last_published = excluded.last_published, at = excluded.at""")
                .bind("g", gone).bind("k", kept).bind("at", Instant.now().toString()).execute();
        handle.createUpdate("""
                INSERT INTO story_merge_articles (gone_id, article_id) SELECT :g, id FROM articles WHERE story_id = :g
                ON CONFLICT (gone_id, article_id) DO NOTHING""").bind("g", gone).execute();
    }

    private void recordLineage(String storyId, String relatedId, String kind) {
        handle.createUpdate("""
                INSERT INTO story_lineage (story_id, related_id, kind, at) VALUES (:s, :r, :k, :at)
                ON CONFLICT (story_id, related_id, kind) DO NOTHING""")
                .bind("s", storyId).bind("r", relatedId).bind("k", kind).bind("at", Instant.now().toString()).execute();
    }

    /** Recomputes a story's row from its articles; removes the row when no article is left in it. */
    public void refreshStory(String storyId) {
        var stats = handle.createQuery("""
                SELECT COUNT(*) AS n, COUNT(DISTINCT outlet) AS outlets, MIN(published_epoch) AS first_epoch,
                  MAX(published_epoch) AS last_epoch, MAX(seq) AS last_seq FROM articles WHERE story_id = :s""")
                .bind("s", storyId).mapToMap().one();
        int count = ((Number) stats.get("n")).intValue();
        long version = handle.createQuery("SELECT version FROM stories WHERE id = :s").bind("s", storyId)
                .mapTo(Long.class).findOne().orElse(0L) + 1;
        handle.createUpdate("DELETE FROM stories WHERE id = :s").bind("s", storyId).execute();
        if (count == 0) {
            handle.createUpdate("DELETE FROM story_analyses WHERE story_id = :s").bind("s", storyId).execute();
            return;
        }
        // The story is named by its founding report: the earliest dated original (then the first to arrive). A
        // newer article, often analysis or opinion written after the news, never renames a followed story.
        String title = handle.createQuery("""
                SELECT title FROM articles WHERE story_id = :s AND (duplicate_of || '') IS NULL
                ORDER BY CASE WHEN published_epoch IS NULL THEN 1 ELSE 0 END, published_epoch, seq, id LIMIT 1""")
                .bind("s", storyId).mapTo(String.class).findOne().orElse("(untitled)");
        String first = isoAt(storyId, "ASC");
        String last = isoAt(storyId, "DESC");
        handle.createUpdate("""
                INSERT INTO stories (id, title, article_count, outlet_count, first_published, last_published,
                  last_activity_epoch, updated_seq, version)
                VALUES (:id, :title, :n, :outlets, :first, :last, :activity, :seq, :version)""")
                .bind("id", storyId).bind("version", version).bind("title", title).bind("n", count)
                .bind("outlets", ((Number) stats.get("outlets")).intValue()).bind("first", first).bind("last", last)
                .bind("activity", (Number) stats.get("last_epoch")).bind("seq", (Number) stats.get("last_seq"))
                .execute();
    }

    /** Records that a source's item was seen with this content, stored as {@code articleId} (null: no article). */
    public void recordItem(String sourceId, String itemKey, String articleId, String contentHash, Long publishedEpoch) {
        String now = Instant.now().toString();
        handle.createUpdate("""
                INSERT INTO source_items (source_id, item_key, article_id, content_hash, published_epoch, first_seen_at,
                  last_seen_at) VALUES (:s, :k, :a, :h, :p, :now, :now)
                ON CONFLICT (source_id, item_key) DO UPDATE SET article_id = excluded.article_id,
                  content_hash = excluded.content_hash, published_epoch = excluded.published_epoch,
                  last_seen_at = excluded.last_seen_at""")
                .bind("s", sourceId).bind("k", itemKey).bind("a", articleId).bind("h", contentHash)
                .bind("p", publishedEpoch).bind("now", now).execute();
    }

    /** Keeps an article's sentence embedding (see {@code org.storyline.embed}). */
    public void putVector(String articleId, byte[] vector) {
        handle.createUpdate("DELETE FROM article_vectors WHERE article_id = :id").bind("id", articleId).execute();
        handle.createUpdate("INSERT INTO article_vectors (article_id, vector) VALUES (:id, :v)")
                .bind("id", articleId).bind("v", vector).execute();
    }

    /**
     * Keeps an article's passage embeddings (the passage stage's bytes) and records on the change feed that its
     * index entry must be written again, so that a process killed before its index committed puts them after a
     * restart.
     */
    public void putPassages(String articleId, byte[] passages) {
        handle.createUpdate("DELETE FROM article_passages WHERE article_id = :id").bind("id", articleId).execute();
        handle.createUpdate("INSERT INTO article_passages (article_id, passages) VALUES (:id, :p)")
                .bind("id", articleId).bind("p", passages).execute();
        changed("passages", articleId);
    }

    /** Keeps what the pipeline noted about an article (its genre and summary), in place of any earlier note. */
    public void putNote(String articleId, int format, ArticleNote note) {
        handle.createUpdate("DELETE FROM article_notes WHERE article_id = :id").bind("id", articleId).execute();
        handle.createUpdate("INSERT INTO article_notes (article_id, format, genre, genre_reason, summary)"
                        + " VALUES (:id, :format, :genre, :reason, :summary)")
                .bind("id", articleId).bind("format", format).bind("genre", note.genre())
                .bind("reason", note.genreReason()).bind("summary", note.summary()).execute();
    }

    /** The stored notes of format {@code format} of these articles, by id (see {@link ArticleStore#notes}). */
    public Map<String, ArticleNote> notes(Collection<String> articleIds, int format) {
        return notes(handle, articleIds, format);
    }

    static Map<String, ArticleNote> notes(Handle handle, Collection<String> articleIds, int format) {
        Map<String, ArticleNote> out = new HashMap<>();
        List<String> ids = List.copyOf(new LinkedHashSet<>(articleIds));
        // In slices: a database bounds the parameters of one statement, and a large story has thousands of articles.
        for (int from = 0; from < ids.size(); from += ID_SLICE) {
            handle.createQuery("SELECT article_id, genre, genre_reason, summary FROM article_notes"
                            + " WHERE format = :format AND article_id IN (<ids>)")
                    .bind("format", format).bindList("ids", ids.subList(from, Math.min(ids.size(), from + ID_SLICE)))
                    .map((rs, ctx) -> Map.entry(rs.getString(1),
                            new ArticleNote(rs.getString(2), rs.getString(3), rs.getString(4))))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }

    /** Keeps an article's sanitised HTML for display; null removes it (the text is shown instead). */
    public void putHtml(String articleId, String sanitisedHtml) {
        handle.createUpdate("DELETE FROM article_html WHERE article_id = :id").bind("id", articleId).execute();
        if (sanitisedHtml != null && !sanitisedHtml.isBlank()) {
            handle.createUpdate("INSERT INTO article_html (article_id, html) VALUES (:id, :html)")
                    .bind("id", articleId).bind("html", sanitisedHtml).execute();
        }
    }

    /**
     * Keeps the lead image an article's page names (its address only; nothing is fetched). Only an absolute http(s)
     * address of at most {@value #MAX_IMAGE_ADDRESS} characters is kept; anything else, or null, removes it.
     */
    public void putLeadImage(String articleId, java.net.URI image) {
        handle.createUpdate("DELETE FROM article_images WHERE article_id = :id").bind("id", articleId).execute();
        if (image != null && image.isAbsolute() && image.getHost() != null && image.toString().length() <= MAX_IMAGE_ADDRESS
                && ("http".equalsIgnoreCase(image.getScheme()) || "https".equalsIgnoreCase(image.getScheme()))) {
            handle.createUpdate("INSERT INTO article_images (article_id, url) VALUES (:id, :url)")
                    .bind("id", articleId).bind("url", image.toString()).execute();
        }
    }

    /** The longest lead image address kept: longer ones are not real images' addresses. */
    static final int MAX_IMAGE_ADDRESS = 2000;

    public void recordProblem(String origin, String reason) {
        handle.createUpdate("""
                INSERT INTO problems (origin, reason, at) VALUES (:o, :r, :at)
                ON CONFLICT (origin, reason) DO UPDATE SET at = excluded.at""")
                .bind("o", origin).bind("r", reason).bind("at", Instant.now().toString()).execute();
    }

    /** A problem with this input is fixed: it was ingested. */
    public void clearProblems(String origin) {
        handle.createUpdate("DELETE FROM problems WHERE origin = :o").bind("o", origin).execute();
    }

    private String isoAt(String storyId, String order) {
        return handle.createQuery("SELECT published FROM articles WHERE story_id = :s AND published IS NOT NULL"
                        + " ORDER BY published_epoch " + order + " LIMIT 1")
                .bind("s", storyId).mapTo(String.class).findOne().orElse(null);
    }

    private static Map<String, Object> fields(Article a) {
        var map = new java.util.HashMap<String, Object>();
        map.put("title", a.title());
        map.put("outlet", a.outlet());
        map.put("url", a.url() == null ? null : a.url().toString());
        map.put("published", a.published() == null ? null : a.published().iso());
        map.put("approx", a.published() != null && a.published().approximate() ? 1 : 0);
        map.put("section", a.section());
        map.put("author", a.author());
        map.put("language", a.language());
        map.put("body", a.text());
        map.put("epoch", ArticleRows.epoch(a.published()));
        map.put("words", a.wordCount());
        return map;
    }

    private void replaceHashtags(Article a) {
        handle.createUpdate("DELETE FROM article_hashtags WHERE article_id = :id").bind("id", a.id()).execute();
        int position = 0;
        for (String tag : a.hashtags()) {
            handle.createUpdate("""
                    INSERT INTO article_hashtags (article_id, tag, tag_key, position) VALUES (:id, :tag, :key, :p)
                    ON CONFLICT (article_id, tag_key) DO NOTHING""")
                    .bind("id", a.id()).bind("tag", tag).bind("key", tag.toLowerCase(Locale.ROOT))
                    .bind("p", position++).execute();
        }
    }
}
