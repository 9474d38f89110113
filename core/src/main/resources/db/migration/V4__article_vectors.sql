-- Sentence embeddings of articles that founded or joined a story, so that restarting does not embed the
-- archive again. Little-endian float32; BYTEA is a blob on PostgreSQL and has blob storage on SQLite.
CREATE TABLE article_vectors (
    article_id TEXT PRIMARY KEY,
    vector     BYTEA NOT NULL
);
