package org.storyline.store;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.storyline.model.StoredArticle;
import org.storyline.model.Story;

/**
 * Where Storyline keeps what it knows: documents, articles, stories, hashtags, provenance, entities, stored story
 * analyses, accounts and the change feed. The embedded default is {@link SqliteArticleStore}; a deployment that
 * outgrows one machine uses another implementation (PostgreSQL) with the same schema and SQL.
 *
 * <pre>{@code
 * try (ArticleStore store = SqliteArticleStore.open(Path.of("data"))) {
 *     store.stories(20, 0).forEach(s -> System.out.println(s.title()));
 * }
 * }</pre>
 *
 * <p>The contract every implementation keeps (its suite is {@code ArticleStoreContract} in core's test jar):
 * writes go through {@link #transaction}, and a transaction's writes are visible together or not at all (a kill -9
 * leaves each document fully stored or absent); the change feed's sequence numbers are allocated by the database,
 * strictly increasing in commit order for one writer; reads never see an uncommitted write; a story id that was
 * merged away resolves through {@link #storyRedirect}.
 */
public interface ArticleStore extends AutoCloseable {

    /** The sources the user follows. */
    SourceRegistry sources();

    /** Readers' accounts and sessions. */
    Accounts accounts();

    /** Readers' comments on articles and stories. */
    Comments comments();

    /** What readers follow, and what is new for them. */
    Follows follows();

    /** Stored entities and quotes. */
    EntityQueries entities();

    /** Stored story analyses. */
    AnalysisTable analyses();

    /** The API tokens that allow writes through the JSON API. */
    TokenRegistry tokens();

    /** The local data directory: where the embedded search index and other local state live. */
    Path directory();

    /**
     * Runs {@code work} in one write transaction: all of its writes commit together or not at all. The transaction
     * holds the store's write lock from its start to its end, so at most one write transaction runs at a time
     * across every process and machine that shares the store: a decision made inside it sees every write committed
     * before, and none is committed while it runs (the pipeline's story placement relies on this).
     */
    <T> T transaction(Function<StoreTransaction, T> work);

    /** Stories with the newest activity first. */
    List<Story> stories(int limit, int offset);

    /** A story by its current id. */
    Optional<Story> story(String id);

    /** Where a merged story's id leads now, or empty when the id was never merged away. */
    Optional<String> storyRedirect(String id);

    /**
     * A story's history: the stories it split from or absorbed, and the stories that split off it, as
     * (kind, other story id) with kind {@code split_from}, {@code absorbed} or {@code split_off}.
     */
    List<Map.Entry<String, String>> lineage(String storyId);

    /**
     * A story that was merged into another, as it was just before: empty when {@code goneId} was never merged away,
     * or was merged before the store kept this.
     */
    Optional<TakenIn> takenIn(String goneId);

    /**
     * A story as it was when another took it in.
     *
     * @param story      its row then (id, title, size, dates)
     * @param into       the story that took it in
     * @param articleIds the articles it brought, copies included
     */
    record TakenIn(Story story, String into, List<String> articleIds) {

        public TakenIn {
            articleIds = List.copyOf(articleIds);
        }
    }

    /** A story's articles, newest first, copies included. */
    List<StoredArticle> articlesOfStory(String storyId);

    /** An article by id. */
    Optional<StoredArticle> article(String id);

    /** Articles by id, in one read: those found, by id (a page of search results reads its ten this way). */
    default Map<String, StoredArticle> articles(java.util.Collection<String> ids) {
        Map<String, StoredArticle> out = new java.util.LinkedHashMap<>();
        for (String id : ids) {
            article(id).ifPresent(a -> out.put(id, a));
        }
        return out;
    }

    /** An article's sanitised HTML for display, when its source gave full content. */
    Optional<String> articleHtml(String id);

    /**
     * The first {@code <img>} tag of each article's stored HTML (already sanitised: only http(s) sources survive),
     * by article id; articles without one are absent. Only the tag is read, never the whole body.
     */
    Map<String, String> firstImageTags(Collection<String> articleIds);

    /** The lead image each article's page named (og:image, JSON-LD image), by article id; absent when none did. */
    Map<String, java.net.URI> leadImages(Collection<String> articleIds);

    /** The other members of an article's duplicate group (its canonical copy and the canonical's copies). */
    List<StoredArticle> copiesOf(StoredArticle article);

    /**
     * Articles related to this one: the rest of its story, then those shown beside it on the same page; originals
     * only (a republished copy adds nothing to read), its own copies listed separately.
     */
    List<StoredArticle> relatedTo(StoredArticle article, int limit);

    /** Articles tagged {@code tag} (any case, without '#'), newest first. */
    List<StoredArticle> articlesWithHashtag(String tag, int limit);

    /** A page of the articles tagged {@code tag}, newest first. */
    List<StoredArticle> articlesWithHashtag(String tag, int limit, int offset);

    /** An outlet's articles (its name in any case), newest first. */
    List<StoredArticle> articlesOfOutlet(String outlet, int limit);

    /** A page of an outlet's articles, newest first. */
    List<StoredArticle> articlesOfOutlet(String outlet, int limit, int offset);

    /** A page of all articles, newest first, copies included. */
    List<StoredArticle> articles(int limit, int offset);

    /** A page of the hashtags in use, the most used first, each in the spelling first seen. */
    List<HashtagCount> hashtags(int limit, int offset);

    /** The spelling a page used for a hashtag, or empty when no article has it. */
    Optional<String> hashtagSpelling(String tag);

    /** True when a document with this exact content was ingested. */
    boolean hasDocument(String contentHash);

    /** Every article in ingest order, streamed so an export never holds the archive in memory. */
    void forEachArticle(Consumer<StoredArticle> action);

    /**
     * As {@link #forEachArticle}, in chunks of a few hundred articles, each with its stored sentence embedding:
     * a caller that needs more about each article (its entities) reads it once per chunk, not once per article.
     */
    void forEachChunkWithVectors(Consumer<List<Scanned>> action);

    /**
     * For each duplicate group whose lead changed after it was placed (a fuller copy arrived and now leads), the
     * member that came first and was placed in the story, with the id of the group's current lead: first member id
     * to lead id. Replaying the store at start takes in these members, not the leads, so that stories are rebuilt
     * as they were decided.
     */
    Map<String, String> firstMembersOfRegroupedCopies();

    /** An article read by a scan, with its stored sentence embedding (null when it has none). */
    record Scanned(StoredArticle article, byte[] vector) {}

    /** The change feed's last sequence number: a cheap check for "has anything changed since". */
    long lastChange();

    /** Changes after {@code seq} up to {@code through} (inclusive), in order. */
    List<Change> changesAfter(long seq, long through);

    /** An article's stored sentence embedding, or empty. */
    Optional<byte[]> vector(String articleId);

    /**
     * Up to {@code limit} originals (not republished copies) whose passages are not stored, after ingest position
     * {@code afterSeq}, in ingest order: the passage stage's work list, which survives a restart because what is
     * done is a stored row ({@link StoreTransaction#putPassages}).
     */
    List<Pending> withoutPassages(long afterSeq, int limit);

    /** An article waiting for its passages, and its ingest position (pass it as the next {@code afterSeq}). */
    record Pending(String articleId, long seq) {}

    /** The stored passages of these articles (the passage stage's bytes), by id; articles without are absent. */
    Map<String, byte[]> passages(Collection<String> articleIds);

    /**
     * The stored notes of format {@code format} of these articles (genre and summary, written at ingest), by id;
     * articles without one, or with a note of another format, are absent.
     */
    Map<String, org.storyline.model.ArticleNote> notes(Collection<String> articleIds, int format);

    /**
     * Up to {@code limit} articles without a note of format {@code format}, after ingest position {@code afterSeq},
     * in ingest order: those stored before notes existed, or before the format changed.
     */
    List<Pending> withoutNotes(long afterSeq, int limit, int format);

    /** The ids of a story's articles in ingest order. */
    List<String> articleIdsOfStory(String storyId);

    /**
     * Counts of stories as a reader counts them: originals (a republished copy counted once, with its original),
     * copies, and distinct outlets, by story id. Stories without articles are absent. One query for a whole listing.
     */
    Map<String, StoryCount> storyCounts(Collection<String> storyIds);

    /**
     * What a listing shows of each story: its outlets, newest first, each once (an unnamed one as null), and the
     * article its card opens with (the original whose headline is the story's title, else the newest original), by
     * story id; stories without articles are absent. Two queries for a whole listing, reading the text of the leads
     * only, where loading each story's articles would read them all.
     */
    Map<String, StoryCard> storyCards(Collection<String> storyIds);

    /** What the store holds, in numbers. */
    Counts counts();

    /** Inputs that could not be used, newest first: origin and reason. */
    List<Problem> problems(int limit);

    /** A hashtag and how many articles carry it. */
    public record HashtagCount(String tag, int articles) {}
    /**
     * One entry of the change feed: {@code kind} "article" (an article stored; subject: its id), "update" (a stored
     * article changed) or "story" (stories merged or split; subject: a story id).
     */
    public record Change(long seq, String kind, String subject) {}
    /**
     * A story's size as a reader counts it.
     *
     * @param originals articles that are not a copy of another (what a reader reads)
     * @param copies    republished copies, each counted with its original
     * @param outlets   distinct outlets that carried it, republishers included (an unnamed outlet counts once)
     */
    public record StoryCount(int originals, int copies, int outlets) {}
    /**
     * A story as a listing shows it.
     *
     * @param outlets its outlets, newest first, each once; null stands for articles without a named outlet
     * @param lead    the article its card opens with, or null when it holds only copies
     */
    public record StoryCard(List<String> outlets, StoredArticle lead) {
        public StoryCard {
            outlets = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(outlets));
        }
    }
    /** What the store holds, in numbers. */
    public record Counts(int documents, int articles, int duplicates, int stories, int problems) {}
    /** An input that could not be used. */
    public record Problem(String origin, String reason, String at) {}

    /** Releases the store's connections. */
    @Override
    void close();

    /**
     * How a worker named {@code worker} keeps pace with the other workers on this store ({@link PlacementPace});
     * a store only one process writes to has nobody to keep pace with.
     */
    default PlacementPace pace(String worker) {
        return PlacementPace.ALONE;
    }
}
