package org.storyline.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.storyline.model.StoredArticle;
import org.storyline.model.Story;

/**
 * Storyline's store: articles, stories, hashtags and provenance in SQLite (WAL) under a data directory.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("data"))) {
 *     store.stories(20, 0).forEach(s -> System.out.println(s.title()));
 * }
 * }</pre>
 *
 * <p>Writes go through {@link #transaction}: one transaction per document, so a kill -9 leaves each
 * document's articles fully stored or absent.
 */
public final class Store implements AutoCloseable {

    /** The database file inside the data directory. */
    public static final String DATABASE_FILE = "storyline.db";

    /** Connections kept open: enough for a busy web server's readers; SQLite allows one writer at a time anyway. */
    private static final int POOL_SIZE = 8;

    private final Jdbi jdbi;
    private final Path directory;
    private final com.zaxxer.hikari.HikariDataSource pool;

    private Store(Jdbi jdbi, Path directory, com.zaxxer.hikari.HikariDataSource pool) {
        this.jdbi = jdbi;
        this.directory = directory;
        this.pool = pool;
    }

    /** Opens (creating when needed) the store in {@code directory} and brings its schema up to date. */
    public static Store open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("store: cannot create data directory " + directory, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL is crash-safe in WAL mode: a killed process loses nothing committed.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + directory.resolve(DATABASE_FILE).toAbsolutePath());
        Flyway.configure().dataSource(source).locations("classpath:db/migration").load().migrate();
        com.zaxxer.hikari.HikariConfig pooling = new com.zaxxer.hikari.HikariConfig();
        pooling.setDataSource(source);
        pooling.setMaximumPoolSize(POOL_SIZE);
        pooling.setMinimumIdle(1);
        pooling.setIdleTimeout(60_000);
        pooling.setPoolName("storyline-store");
        com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource(pooling);
        return new Store(Jdbi.create(pool), directory, pool);
    }

    /** The sources the user follows. */
    public SourceRegistry sources() {
        return new SourceRegistry(jdbi);
    }

    /** Readers' accounts and sessions. */
    public Accounts accounts() {
        return new Accounts(jdbi);
    }

    /** Readers' comments on articles and stories. */
    public Comments comments() {
        return new Comments(jdbi);
    }

    /** What readers follow, and what is new for them. */
    public Follows follows() {
        return new Follows(jdbi);
    }

    /** Stored entities and quotes. */
    public EntityQueries entities() {
        return new EntityQueries(jdbi);
    }

    /** Stored story analyses. */
    public AnalysisTable analyses() {
        return new AnalysisTable(jdbi);
    }

    /** The API tokens that allow writes through the JSON API. */
    public TokenRegistry tokens() {
        return new TokenRegistry(jdbi, java.time.Clock.systemUTC());
    }

    public Path directory() {
        return directory;
    }

    /** Runs {@code work} in one transaction: all of its writes commit together or not at all. */
    public <T> T transaction(Function<StoreTransaction, T> work) {
        return jdbi.inTransaction(handle -> work.apply(new StoreTransaction(handle)));
    }

    /** Stories with the newest activity first. */
    public List<Story> stories(int limit, int offset) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM stories ORDER BY COALESCE(last_activity_epoch, 0) DESC, updated_seq DESC, id
                        LIMIT :limit OFFSET :offset""")
                .bind("limit", limit).bind("offset", offset).map(ArticleRows::story).list());
    }

    public Optional<Story> story(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM stories WHERE id = :id")
                .bind("id", id).map(ArticleRows::story).findOne());
    }

    /** Where a merged story's id leads now, or empty when the id was never merged away. */
    public Optional<String> storyRedirect(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT new_id FROM story_redirects WHERE old_id = :id")
                .bind("id", id).mapTo(String.class).findOne());
    }

    /** A story's articles, newest first, copies included. */
    /**
     * A story's history: the stories it split from or absorbed, and the stories that split off it, as
     * (kind, other story id) with kind {@code split_from}, {@code absorbed} or {@code split_off}.
     */
    public List<Map.Entry<String, String>> lineage(String storyId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT kind, related_id AS other, at FROM story_lineage WHERE story_id = :s
                        UNION ALL
                        SELECT 'split_off' AS kind, story_id AS other, at FROM story_lineage
                         WHERE related_id = :s AND kind = 'split_from'
                        ORDER BY at""")
                .bind("s", storyId)
                .map((rs, ctx) -> Map.entry(rs.getString("kind"), rs.getString("other"))).list());
    }

    public List<StoredArticle> articlesOfStory(String storyId) {
        return articles("WHERE story_id = :p ORDER BY COALESCE(published_epoch, 0) DESC, seq", storyId);
    }

    public Optional<StoredArticle> article(String id) {
        return articles("WHERE id = :p", id).stream().findFirst();
    }

    /** An article's sanitised HTML for display, when its source gave full content. */
    public Optional<String> articleHtml(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT html FROM article_html WHERE article_id = :id")
                .bind("id", id).mapTo(String.class).findOne());
    }

    /**
     * The first {@code <img>} tag of each article's stored HTML (already sanitised: only http(s) sources survive),
     * by article id; articles without one are absent. Only the tag is read, never the whole body.
     */
    public Map<String, String> firstImageTags(java.util.Collection<String> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> out = new java.util.HashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT article_id, substr(html, instr(html, '<img'), 2000) AS tag FROM article_html
                        WHERE article_id IN (<ids>) AND instr(html, '<img') > 0""")
                .bindList("ids", List.copyOf(articleIds))
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }

    /** The other members of an article's duplicate group (its canonical copy and the canonical's copies). */
    public List<StoredArticle> copiesOf(StoredArticle article) {
        String canonical = article.isCopy() ? article.duplicateOf() : article.id();
        return articles("WHERE (id = :p OR duplicate_of = :p) ORDER BY COALESCE(published_epoch, 0), seq", canonical)
                .stream().filter(a -> !a.id().equals(article.id())).toList();
    }

    /**
     * Articles related to this one: the rest of its story, then those shown beside it on the same page; originals
     * only (a republished copy adds nothing to read), its own copies listed separately.
     */
    public List<StoredArticle> relatedTo(StoredArticle article, int limit) {
        // One IN over a UNION, not "story = x OR id IN (...)": the OR made SQLite scan every article. The unary
        // '+' keeps SQLite off the duplicate_of index, which matches nearly every row (70 ms at 20,000 articles,
        // 0.03 ms with the id lookup): the same in the transaction's story queries.
        String canonical = article.isCopy() ? article.duplicateOf() : article.id();
        return jdbi.withHandle(h -> ArticleRows.withHashtags(h, h.createQuery("SELECT " + ArticleRows.COLUMNS + """
                         FROM articles a WHERE a.id <> :id AND a.id <> :canon
                          AND +a.duplicate_of IS NULL
                          AND a.id IN (SELECT id FROM articles WHERE story_id = :story
                               UNION SELECT other.article_id FROM document_articles mine
                               JOIN document_articles other ON other.content_hash = mine.content_hash
                               WHERE mine.article_id = :id)
                        ORDER BY CASE WHEN a.story_id = :story THEN 0 ELSE 1 END,
                          COALESCE(a.published_epoch, 0) DESC LIMIT :limit""")
                .bind("id", article.id()).bind("canon", canonical).bind("story", article.storyId())
                .bind("limit", limit).map(ArticleRows::article).list()));
    }

    /** Articles tagged {@code tag} (any case, without '#'), newest first. */
    public List<StoredArticle> articlesWithHashtag(String tag, int limit) {
        return articlesWithHashtag(tag, limit, 0);
    }

    /** A page of the articles tagged {@code tag}, newest first. */
    public List<StoredArticle> articlesWithHashtag(String tag, int limit, int offset) {
        return jdbi.withHandle(h -> ArticleRows.withHashtags(h, h.createQuery("SELECT " + ArticleRows.COLUMNS
                        + " FROM articles WHERE id IN (SELECT article_id FROM article_hashtags WHERE tag_key = :k)"
                        + " ORDER BY COALESCE(published_epoch, 0) DESC, seq DESC LIMIT :limit OFFSET :offset")
                .bind("k", tag.toLowerCase(Locale.ROOT)).bind("limit", limit).bind("offset", offset)
                .map(ArticleRows::article).list()));
    }

    /** An outlet's articles (its name in any case), newest first. */
    public List<StoredArticle> articlesOfOutlet(String outlet, int limit) {
        return articlesOfOutlet(outlet, limit, 0);
    }

    /** A page of an outlet's articles, newest first. */
    public List<StoredArticle> articlesOfOutlet(String outlet, int limit, int offset) {
        return jdbi.withHandle(h -> ArticleRows.withHashtags(h, h.createQuery("SELECT " + ArticleRows.COLUMNS
                        + " FROM articles WHERE LOWER(outlet) = LOWER(:o)"
                        + " ORDER BY COALESCE(published_epoch, 0) DESC, seq DESC LIMIT :limit OFFSET :offset")
                .bind("o", outlet).bind("limit", limit).bind("offset", offset).map(ArticleRows::article).list()));
    }

    /** A page of all articles, newest first, copies included. */
    public List<StoredArticle> articles(int limit, int offset) {
        return jdbi.withHandle(h -> ArticleRows.withHashtags(h, h.createQuery("SELECT " + ArticleRows.COLUMNS
                        + " FROM articles ORDER BY COALESCE(published_epoch, 0) DESC, seq DESC LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset).map(ArticleRows::article).list()));
    }

    /** A page of the hashtags in use, the most used first, each in the spelling first seen. */
    public List<HashtagCount> hashtags(int limit, int offset) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT MIN(tag) AS tag, COUNT(*) AS n FROM article_hashtags GROUP BY tag_key
                        ORDER BY n DESC, tag_key LIMIT :limit OFFSET :offset""")
                .bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> new HashtagCount(rs.getString("tag"), rs.getInt("n"))).list());
    }

    /** A hashtag and how many articles carry it. */
    public record HashtagCount(String tag, int articles) {}

    /** The spelling a page used for a hashtag, or empty when no article has it. */
    public Optional<String> hashtagSpelling(String tag) {
        return jdbi.withHandle(h -> h.createQuery("SELECT tag FROM article_hashtags WHERE tag_key = :k LIMIT 1")
                .bind("k", tag.toLowerCase(Locale.ROOT)).mapTo(String.class).findOne());
    }

    /** True when a document with this exact content was ingested. */
    public boolean hasDocument(String contentHash) {
        return jdbi.withHandle(h -> new StoreTransaction(h).hasDocument(contentHash)); // a read: no transaction
    }

    /** Every article in ingest order, streamed so an export never holds the archive in memory. */
    public void forEachArticle(Consumer<StoredArticle> action) {
        jdbi.useHandle(h -> {
            try (var rows = h.createQuery("SELECT " + ArticleRows.COLUMNS + " FROM articles ORDER BY seq")
                    .setFetchSize(500).map(ArticleRows::article).stream()) {
                rows.forEach(a -> action.accept(ArticleRows.withHashtags(h, List.of(a)).get(0)));
            }
        });
    }

    /**
     * One entry of the change feed: {@code kind} "article" (an article stored; subject: its id), "update" (a stored
     * article changed) or "story" (stories merged or split; subject: a story id).
     */
    public record Change(long seq, String kind, String subject) {}

    /** The change feed's last sequence number: a cheap check for "has anything changed since". */
    public long lastChange() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM changes").mapTo(Long.class).one());
    }

    /** Changes after {@code seq} up to {@code through} (inclusive), in order. */
    public List<Change> changesAfter(long seq, long through) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT seq, kind, subject FROM changes WHERE seq > :a AND seq <= :b ORDER BY seq")
                .bind("a", seq).bind("b", through)
                .map((rs, ctx) -> new Change(rs.getLong(1), rs.getString(2), rs.getString(3))).list());
    }

    /** An article's stored sentence embedding, or empty. */
    public Optional<byte[]> vector(String articleId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT vector FROM article_vectors WHERE article_id = :id")
                .bind("id", articleId).mapTo(byte[].class).findOne());
    }

    /** The ids of a story's articles in ingest order. */
    public List<String> articleIdsOfStory(String storyId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM articles WHERE story_id = :s ORDER BY seq")
                .bind("s", storyId).mapTo(String.class).list());
    }

    /**
     * Counts of stories as a reader counts them: originals (a republished copy counted once, with its original),
     * copies, and distinct outlets, by story id. Stories without articles are absent. One query for a whole listing.
     */
    public Map<String, StoryCount> storyCounts(java.util.Collection<String> storyIds) {
        if (storyIds.isEmpty()) {
            return Map.of();
        }
        Map<String, StoryCount> counts = new java.util.HashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT story_id, SUM(CASE WHEN duplicate_of IS NULL THEN 1 ELSE 0 END) AS originals,
                          SUM(CASE WHEN duplicate_of IS NULL THEN 0 ELSE 1 END) AS copies,
                          COUNT(DISTINCT COALESCE(outlet, '')) AS outlets
                        FROM articles WHERE story_id IN (<ids>) GROUP BY story_id""")
                .bindList("ids", List.copyOf(storyIds))
                .map((rs, ctx) -> Map.entry(rs.getString("story_id"),
                        new StoryCount(rs.getInt("originals"), rs.getInt("copies"), rs.getInt("outlets"))))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    /**
     * A story's size as a reader counts it.
     *
     * @param originals articles that are not a copy of another (what a reader reads)
     * @param copies    republished copies, each counted with its original
     * @param outlets   distinct outlets that carried it, republishers included (an unnamed outlet counts once)
     */
    public record StoryCount(int originals, int copies, int outlets) {}

    public Counts counts() {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT (SELECT COUNT(*) FROM documents) AS documents, (SELECT COUNT(*) FROM articles) AS articles,
                  (SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL) AS duplicates,
                  (SELECT COUNT(*) FROM stories) AS stories, (SELECT COUNT(*) FROM problems) AS problems""")
                .map((rs, ctx) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .one());
    }

    /** What the store holds, in numbers. */
    public record Counts(int documents, int articles, int duplicates, int stories, int problems) {}

    /** Inputs that could not be used, newest first: origin and reason. */
    public List<Problem> problems(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT origin, reason, at FROM problems ORDER BY at DESC LIMIT :l")
                .bind("l", limit).map((rs, ctx) -> new Problem(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list());
    }

    /** An input that could not be used. */
    public record Problem(String origin, String reason, String at) {}

    private List<StoredArticle> articles(String where, String parameter) {
        return jdbi.withHandle(h -> ArticleRows.withHashtags(h, h.createQuery(
                        "SELECT " + ArticleRows.COLUMNS + " FROM articles " + where)
                .bind("p", parameter).map(ArticleRows::article).list()));
    }

    /** Closes the pooled connections. */
    @Override
    public void close() {
        pool.close();
    }
}
