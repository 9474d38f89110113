-- The passage embeddings of an article (org.storyline.embed.PassageEmbedder's format: per passage its start and
-- end offsets in the text and its vector), written by the deferred passage stage. A row records that the article
-- is done, also when it has no passages; an article whose text changes loses its row and is done again.
CREATE TABLE article_passages (
    article_id TEXT PRIMARY KEY,
    passages   BYTEA NOT NULL
);
