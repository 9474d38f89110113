package org.storyline.app;

import java.net.URI;
import java.util.Optional;
import org.storyline.config.StorylineConfig;
import org.storyline.index.ArticleIndex;
import org.storyline.index.opensearch.OpenSearchArticleIndex;
import org.storyline.index.opensearch.OpenSearchConfig;
import org.storyline.pipeline.DocumentQueue;
import org.storyline.queue.kafka.KafkaDocumentQueue;
import org.storyline.queue.kafka.KafkaQueueSettings;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;
import org.storyline.store.postgres.PostgresArticleStore;
import org.storyline.store.postgres.PostgresSettings;

/**
 * The one place that turns the backend settings into implementations: the store (SQLite or PostgreSQL), the search
 * index (Lucene or OpenSearch) and the document queue (in memory, or Kafka shared by worker processes).
 */
final class Backends {

    private Backends() {
    }

    static ArticleStore store(StorylineConfig config) {
        StorylineConfig.Backends b = config.backends();
        return switch (b.store()) {
            case "postgresql" -> PostgresArticleStore.open(PostgresSettings.of(b.storeUrl(), b.storeUser(),
                    b.storePassword()), config.dataDir());
            default -> SqliteArticleStore.open(config.dataDir());
        };
    }

    /** A shared index every process writes (OpenSearch), or empty for the embedded Lucene index. */
    static Optional<ArticleIndex> sharedIndex(StorylineConfig config) {
        StorylineConfig.Backends b = config.backends();
        if (!b.index().equals("opensearch")) {
            return Optional.empty();
        }
        return Optional.of(OpenSearchArticleIndex.open(OpenSearchConfig.of(URI.create(b.indexUrl()), b.indexName())));
    }

    /** The embedded index's directory. */
    static java.nio.file.Path luceneDirectory(StorylineConfig config) {
        return config.dataDir().resolve("index");
    }

    /** The shared document queue, or empty when documents stay inside this process. */
    static Optional<DocumentQueue> sharedQueue(StorylineConfig config) {
        StorylineConfig.Backends b = config.backends();
        if (!b.sharedQueue()) {
            return Optional.empty();
        }
        return Optional.of(KafkaDocumentQueue.open(KafkaQueueSettings.of(b.queueBootstrap(), b.queueTopic(),
                b.queueGroup())));
    }

    /** Whether the Lucene index is the embedded one (a lock per data folder) rather than a shared server. */
    static boolean embeddedIndex(StorylineConfig config) {
        return config.backends().index().equals("lucene");
    }
}
