-- What the pipeline noted about each article when it took the article in: its genre (news, analysis, opinion, with
-- the reason) and its one-paragraph summary, so that story and article pages render stored values instead of
-- classifying and summarising on each request. A note of an older format is stale and is ignored by readers; an
-- article whose text changes gets a new note in the same transaction.
CREATE TABLE article_notes (
    article_id   TEXT PRIMARY KEY,
    format       INTEGER NOT NULL,
    genre        TEXT NOT NULL,
    genre_reason TEXT NOT NULL,
    summary      TEXT NOT NULL
);
