package org.storyline.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.storyline.model.ArticleNote;
import org.storyline.model.StoredArticle;
import org.storyline.model.Story;

/**
 * The SQL of {@link ArticleStore} over JDBI: plain SQL that SQLite and PostgreSQL both run, so an implementation
 * only opens its database ({@link SqliteArticleStore}) and hands over a {@link Jdbi}.
 */
public class JdbiArticleStore implements ArticleStore {

    private final Jdbi jdbi;
    private final Path directory;
    private final AutoCloseable resources;

    /**
     * @param jdbi      over the implementation's (pooled) data source, schema already migrated
     * @param directory the local data directory ({@link #directory})
     * @param resources closed by {@link #close}: the connection pool
     */
    protected JdbiArticleStore(Jdbi jdbi, Path directory, AutoCloseable resources) {
        this.jdbi = jdbi;
        this.directory = directory;
        this.resources = resources;
    }

    /** The JDBI handle source, for an implementation's own queries. */
    protected Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public SourceRegistry sources() {
        return new SourceRegistry(jdbi, claimLock());
    }

    /**
     * What a claim of work (due sources) adds to its row selection so that concurrent claimers take different rows:
     * nothing where the database runs one writer at a time (SQLite); PostgreSQL's store says
     * {@code FOR UPDATE SKIP LOCKED}.
     */
    protected String claimLock() {
        return "";
    }

    @Override
    public Accounts accounts() {
        return new Accounts(jdbi);
    }

    @Override
    public Comments comments() {
        return new Comments(jdbi);
    }

    @Override
    public Follows follows() {
        return new Follows(jdbi);
    }

    @Override
    public EntityQueries entities() {
        return new EntityQueries(jdbi);
    }

    @Override
    public AnalysisTable analyses() {
        return new AnalysisTable(jdbi);
    }

    @Override
    public TokenRegistry tokens() {
        return new TokenRegistry(jdbi, java.time.Clock.systemUTC());
    }

    @Override
    public Path directory() {
        return directory;
    }

    @Override
    public <T> T transaction(Function<StoreTransaction, T> work) {
        return jdbi.inTransaction(handle -> {
            beginWrite(handle);
            return work.apply(new StoreTransaction(handle));
        });
    }

    /**
     * Takes the store's write lock at the start of a write transaction (see {@link ArticleStore#transaction}).
     * SQLite begins its write transactions IMMEDIATE, which does it; a server database takes its lock here.
     */
    protected void beginWrite(Handle handle) {
    }

    @Override
    public List<Story> stories(int limit, int offset) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM stories ORDER BY COALESCE(last_activity_epoch, 0) DESC, updated_seq DESC, id
                        LIMIT :limit OFFSET :offset""")
                .bind("limit", limit).bind("offset", offset).map(ArticleRows::story).list());
    }

    @Override
    public Optional<Story> story(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM stories WHERE id = :id")
                .bind("id", id).map(ArticleRows::story).findOne());
    }

    @Override
    public Optional<String> storyRedirect(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT new_id FROM story_redirects WHERE old_id = :id")
                .bind("id", id).mapTo(String.class).findOne());
    }

    @Override
    public Optional<TakenIn> takenIn(String goneId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM story_merges WHERE gone_id = :g").bind("g", goneId)
                .map((rs, ctx) -> new TakenIn(new Story(rs.getString("gone_id"), rs.getString("title"),
                        rs.getInt("article_count"), rs.getInt("outlet_count"),
                        ArticleRows.published(rs.getString("first_published"), 0),
                        ArticleRows.published(rs.getString("last_published"), 0)), rs.getString("kept_id"),
                        h.createQuery("SELECT article_id FROM story_merge_articles WHERE gone_id = :g ORDER BY article_id")
                                .bind("g", goneId).mapTo(String.class).list()))
                .findOne());
    }

    /** A story's articles, newest first, copies included. */
    @Override
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

    @Override
    public List<StoredArticle> articlesOfStory(String storyId) {
        return articles("WHERE story_id = :p ORDER BY COALESCE(published_epoch, 0) DESC, seq", storyId);
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        return articles("WHERE id = :p", id).stream().findFirst();
    }

    @Override
    public Map<String, StoredArticle> articles(java.util.Collection<String> ids) {
        Map<String, StoredArticle> out = new java.util.LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbi.useHandle(h -> ArticleRows.withHashtags(h, h.createQuery("SELECT " + ArticleRows.COLUMNS
                        + " FROM articles WHERE id IN (<ids>)").bindList("ids", List.copyOf(new LinkedHashSet<>(ids)))
                .map(ArticleRows::article).list()).forEach(a -> out.put(a.id(), a)));
        return out;
    }

    @Override
    public Optional<String> articleHtml(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT html FROM article_html WHERE article_id = :id")
                .bind("id", id).mapTo(String.class).findOne());
    }

    @Override
    public Map<String, java.net.URI> leadImages(java.util.Collection<String> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        Map<String, java.net.URI> out = new java.util.HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT article_id, url FROM article_images WHERE article_id IN (<ids>)")
                .bindList("ids", List.copyOf(articleIds))
                .map((rs, ctx) -> Map.entry(rs.getString(1), java.net.URI.create(rs.getString(2))))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }

    @Override
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

    @Override
    public List<StoredArticle> copiesOf(StoredArticle article) {
        String canonical = article.isCopy() ? article.duplicateOf() : article.id();
        return articles("WHERE (id = :p OR duplicate_of = :p) ORDER BY COALESCE(published_epoch, 0), seq", canonical)
                .stream().filter(a -> !a.id().equals(article.id())).toList();
    }

    @Override
    public List<StoredArticle> relatedTo(StoredArticle article, int limit) {
        // One IN over a UNION, not "story = x OR id IN (...)": the OR made SQLite scan every article. Testing an
        // expression of duplicate_of (|| '', still NULL when it is) keeps SQLite off the duplicate_of index, which
        // matches nearly every row (70 ms at 20,000 articles, 0.03 ms with the id lookup): the same in the
        // transaction's story queries. (SQLite's unary '+' did this too, but PostgreSQL has no '+' for text.)
        String canonical = article.isCopy() ? article.duplicateOf() : article.id();
        return jdbi.withHandle(h -> ArticleRows.withHashtags(h, h.createQuery("SELECT " + ArticleRows.COLUMNS + """
                         FROM articles a WHERE a.id <> :id AND a.id <> :canon
                          AND (a.duplicate_of || '') IS NULL
                          AND a.id IN (SELECT id FROM articles WHERE story_id = :story
                               UNION SELECT other.article_id FROM document_articles mine
                               JOIN document_articles other ON other.content_hash = mine.content_hash
                               WHERE mine.article_id = :id)
                        ORDER BY CASE WHEN a.story_id = :story THEN 0 ELSE 1 END,
                          COALESCE(a.published_epoch, 0) DESC LIMIT :limit""")
                .bind("id", article.id()).bind("canon", canonical).bind("story", article.storyId())
                .bind("limit", limit).map(ArticleRows::article).list()));
    }

    @Override
    public List<StoredArticle> articlesWithHashtag(String tag, int limit) {
        return articlesWithHashtag(tag, limit, 0);
    }

    @Override
    public List<StoredArticle> articlesWithHashtag(String tag, int limit, int offset) {
        return jdbi.withHandle(h -> ArticleRows.withHashtags(h, h.createQuery("SELECT " + ArticleRows.COLUMNS
                        + " FROM articles WHERE id IN (SELECT article_id FROM article_hashtags WHERE tag_key = :k)"
                        + " ORDER BY COALESCE(published_epoch, 0) DESC, seq DESC LIMIT :limit OFFSET :offset")
                .bind("k", tag.toLowerCase(Locale.ROOT)).bind("limit", limit).bind("offset", offset)
                .map(ArticleRows::article).list()));
    }

    @Override
    public List<StoredArticle> articlesOfOutlet(String outlet, int limit) {
        return articlesOfOutlet(outlet, limit, 0);
    }

    @Override
    public List<StoredArticle> articlesOfOutlet(String outlet, int limit, int offset) {
        return jdbi.withHandle(h -> ArticleRows.withHashtags(h, h.createQuery("SELECT " + ArticleRows.COLUMNS
                        + " FROM articles WHERE LOWER(outlet) = LOWER(:o)"
                        + " ORDER BY COALESCE(published_epoch, 0) DESC, seq DESC LIMIT :limit OFFSET :offset")
                .bind("o", outlet).bind("limit", limit).bind("offset", offset).map(ArticleRows::article).list()));
    }

    @Override
    public List<StoredArticle> articles(int limit, int offset) {
        return jdbi.withHandle(h -> ArticleRows.withHashtags(h, h.createQuery("SELECT " + ArticleRows.COLUMNS
                        + " FROM articles ORDER BY COALESCE(published_epoch, 0) DESC, seq DESC LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset).map(ArticleRows::article).list()));
    }

    @Override
    public List<HashtagCount> hashtags(int limit, int offset) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT MIN(tag) AS tag, COUNT(*) AS n FROM article_hashtags GROUP BY tag_key
                        ORDER BY n DESC, tag_key LIMIT :limit OFFSET :offset""")
                .bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> new HashtagCount(rs.getString("tag"), rs.getInt("n"))).list());
    }

    @Override
    public Optional<String> hashtagSpelling(String tag) {
        return jdbi.withHandle(h -> h.createQuery("SELECT tag FROM article_hashtags WHERE tag_key = :k LIMIT 1")
                .bind("k", tag.toLowerCase(Locale.ROOT)).mapTo(String.class).findOne());
    }

    @Override
    public boolean hasDocument(String contentHash) {
        return jdbi.withHandle(h -> new StoreTransaction(h).hasDocument(contentHash)); // a read: no transaction
    }

    @Override
    public void forEachArticle(Consumer<StoredArticle> action) {
        scan(chunk -> chunk.forEach(s -> action.accept(s.article())), false);
    }

    @Override
    public void forEachChunkWithVectors(Consumer<List<Scanned>> action) {
        scan(action, true);
    }

    @Override
    public Map<String, String> firstMembersOfRegroupedCopies() {
        return jdbi.withHandle(h -> {
            Map<String, String> out = new java.util.LinkedHashMap<>();
            h.createQuery("""
                    SELECT c.id, c.duplicate_of FROM articles c JOIN articles lead ON lead.id = c.duplicate_of
                    WHERE c.seq < lead.seq
                      AND c.seq = (SELECT MIN(m.seq) FROM articles m WHERE m.duplicate_of = c.duplicate_of)
                    ORDER BY c.seq""")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        });
    }

    /** Rows read per round of hashtag and vector lookups: one query each per chunk, not per article. */
    private static final int SCAN_CHUNK = 500;

    private void scan(Consumer<List<Scanned>> action, boolean vectors) {
        jdbi.useHandle(h -> {
            List<StoredArticle> chunk = new ArrayList<>(SCAN_CHUNK);
            try (var rows = h.createQuery("SELECT " + ArticleRows.COLUMNS + " FROM articles ORDER BY seq")
                    .setFetchSize(SCAN_CHUNK).map(ArticleRows::article).stream()) {
                rows.forEach(a -> {
                    chunk.add(a);
                    if (chunk.size() == SCAN_CHUNK) {
                        action.accept(complete(h, chunk, vectors));
                        chunk.clear();
                    }
                });
            }
            if (!chunk.isEmpty()) {
                action.accept(complete(h, chunk, vectors));
            }
        });
    }

    /** The chunk's articles with their hashtags and, when asked for, their vectors: one query each. */
    private static List<Scanned> complete(Handle h, List<StoredArticle> chunk, boolean vectors) {
        Map<String, byte[]> stored = new HashMap<>();
        if (vectors) {
            h.createQuery("SELECT article_id, vector FROM article_vectors WHERE article_id IN (<ids>)")
                    .bindList("ids", chunk.stream().map(StoredArticle::id).toList())
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getBytes(2)))
                    .forEach(e -> stored.put(e.getKey(), e.getValue()));
        }
        return ArticleRows.withHashtags(h, chunk).stream().map(a -> new Scanned(a, stored.get(a.id()))).toList();
    }

    @Override
    public long lastChange() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM changes").mapTo(Long.class).one());
    }

    @Override
    public List<Change> changesAfter(long seq, long through) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT seq, kind, subject FROM changes WHERE seq > :a AND seq <= :b ORDER BY seq")
                .bind("a", seq).bind("b", through)
                .map((rs, ctx) -> new Change(rs.getLong(1), rs.getString(2), rs.getString(3))).list());
    }

    @Override
    public Optional<byte[]> vector(String articleId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT vector FROM article_vectors WHERE article_id = :id")
                .bind("id", articleId).mapTo(byte[].class).findOne());
    }

    @Override
    public List<Pending> withoutPassages(long afterSeq, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT a.id, a.seq FROM articles a WHERE a.seq > :after AND a.duplicate_of IS NULL
                          AND NOT EXISTS (SELECT 1 FROM article_passages p WHERE p.article_id = a.id)
                        ORDER BY a.seq LIMIT :n""")
                .bind("after", afterSeq).bind("n", limit)
                .map((rs, ctx) -> new Pending(rs.getString(1), rs.getLong(2))).list());
    }

    @Override
    public List<Pending> withoutNotes(long afterSeq, int limit, int format) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT a.id, a.seq FROM articles a WHERE a.seq > :after
                          AND NOT EXISTS (SELECT 1 FROM article_notes n WHERE n.article_id = a.id AND n.format = :format)
                        ORDER BY a.seq LIMIT :n""")
                .bind("after", afterSeq).bind("format", format).bind("n", limit)
                .map((rs, ctx) -> new Pending(rs.getString(1), rs.getLong(2))).list());
    }

    @Override
    public Map<String, ArticleNote> notes(Collection<String> articleIds, int format) {
        return jdbi.withHandle(h -> StoreTransaction.notes(h, articleIds, format));
    }

    @Override
    public Map<String, byte[]> passages(java.util.Collection<String> articleIds) {
        Map<String, byte[]> out = new HashMap<>();
        if (articleIds.isEmpty()) {
            return out;
        }
        jdbi.useHandle(h -> h.createQuery("SELECT article_id, passages FROM article_passages WHERE article_id IN (<ids>)")
                .bindList("ids", List.copyOf(articleIds))
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getBytes(2)))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }

    @Override
    public List<String> articleIdsOfStory(String storyId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM articles WHERE story_id = :s ORDER BY seq")
                .bind("s", storyId).mapTo(String.class).list());
    }

    @Override
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

    @Override
    public Counts counts() {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT (SELECT COUNT(*) FROM documents) AS documents, (SELECT COUNT(*) FROM articles) AS articles,
                  (SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL) AS duplicates,
                  (SELECT COUNT(*) FROM stories) AS stories, (SELECT COUNT(*) FROM problems) AS problems""")
                .map((rs, ctx) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .one());
    }

    @Override
    public List<Problem> problems(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT origin, reason, at FROM problems ORDER BY at DESC LIMIT :l")
                .bind("l", limit).map((rs, ctx) -> new Problem(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list());
    }

    @Override
    public Map<String, StoryCard> storyCards(Collection<String> storyIds) {
        if (storyIds.isEmpty()) {
            return Map.of();
        }
        List<String> ids = List.copyOf(new LinkedHashSet<>(storyIds));
        return jdbi.withHandle(h -> {
            Map<String, List<String>> outlets = new LinkedHashMap<>();
            h.createQuery("""
                            SELECT story_id, outlet, MAX(COALESCE(published_epoch, 0)) AS newest, MIN(seq) AS first_seq
                            FROM articles WHERE story_id IN (<ids>) GROUP BY story_id, outlet
                            ORDER BY story_id, newest DESC, first_seq""")
                    .bindList("ids", ids)
                    .map((rs, ctx) -> Map.entry(rs.getString("story_id"), Optional.ofNullable(rs.getString("outlet"))))
                    .forEach(e -> outlets.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue().orElse(null)));
            // The lead of each story by a window over its originals' ids; only the leads' rows are then read whole.
            List<String> leadIds = h.createQuery("""
                            SELECT id FROM (
                              SELECT a.id, ROW_NUMBER() OVER (PARTITION BY a.story_id ORDER BY
                                  CASE WHEN a.title = s.title THEN 0 ELSE 1 END, COALESCE(a.published_epoch, 0) DESC, a.seq) AS rank
                              FROM articles a JOIN stories s ON s.id = a.story_id
                              WHERE a.story_id IN (<ids>) AND a.duplicate_of IS NULL) ranked
                            WHERE rank = 1""")
                    .bindList("ids", ids).mapTo(String.class).list();
            Map<String, StoredArticle> leads = new HashMap<>();
            if (!leadIds.isEmpty()) {
                ArticleRows.withHashtags(h, h.createQuery("SELECT " + ArticleRows.COLUMNS + " FROM articles WHERE id IN (<ids>)")
                        .bindList("ids", leadIds).map(ArticleRows::article).list()).forEach(a -> leads.put(a.storyId(), a));
            }
            Map<String, StoryCard> cards = new LinkedHashMap<>();
            outlets.forEach((story, names) -> cards.put(story, new StoryCard(names, leads.get(story))));
            return cards;
        });
    }

    private List<StoredArticle> articles(String where, String parameter) {
        return jdbi.withHandle(h -> ArticleRows.withHashtags(h, h.createQuery(
                        "SELECT " + ArticleRows.COLUMNS + " FROM articles " + where)
                .bind("p", parameter).map(ArticleRows::article).list()));
    }

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            throw new IllegalStateException("store: closing failed", e);
        }
    }
}
