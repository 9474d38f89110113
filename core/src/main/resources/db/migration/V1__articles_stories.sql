-- Storyline's first schema. Plain SQL that runs on SQLite and PostgreSQL alike:
-- times are ISO-8601 text plus epoch seconds for ordering, booleans are 0/1 integers.

-- Every document taken in, by the hash of its decoded text: ingesting it again changes nothing.
CREATE TABLE documents (
    content_hash    TEXT PRIMARY KEY,
    origin          TEXT NOT NULL,
    captured_at     TEXT NOT NULL,
    captured_approx INTEGER NOT NULL,
    ingested_at     TEXT NOT NULL,
    article_count   INTEGER NOT NULL
);

CREATE TABLE articles (
    id               TEXT PRIMARY KEY,
    title            TEXT NOT NULL,
    outlet           TEXT,
    url              TEXT,
    published        TEXT,
    published_epoch  BIGINT,
    published_approx INTEGER NOT NULL,
    section          TEXT,
    author           TEXT,
    language         TEXT,
    body             TEXT NOT NULL,
    word_count       INTEGER NOT NULL,
    origin           TEXT NOT NULL,
    duplicate_of     TEXT,
    story_id         TEXT NOT NULL,
    seq              BIGINT NOT NULL
);
CREATE INDEX articles_story ON articles (story_id);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of);
CREATE INDEX articles_seq ON articles (seq);
CREATE INDEX articles_outlet ON articles (outlet);

-- tag is as the page spelled it; tag_key is lower-cased for lookups (#SputnikAzerbaijan = #sputnikazerbaijan).
CREATE TABLE article_hashtags (
    article_id TEXT NOT NULL,
    tag        TEXT NOT NULL,
    tag_key    TEXT NOT NULL,
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, tag_key)
);
CREATE INDEX article_hashtags_key ON article_hashtags (tag_key);

-- Which document showed which article, and how (MAIN, LISTED, RELATED): provenance and "related" links.
CREATE TABLE document_articles (
    content_hash TEXT NOT NULL,
    article_id   TEXT NOT NULL,
    role         TEXT NOT NULL,
    position     INTEGER NOT NULL,
    PRIMARY KEY (content_hash, article_id)
);
CREATE INDEX document_articles_article ON document_articles (article_id);

CREATE TABLE stories (
    id                  TEXT PRIMARY KEY,
    title               TEXT NOT NULL,
    article_count       INTEGER NOT NULL,
    outlet_count        INTEGER NOT NULL,
    first_published     TEXT,
    last_published      TEXT,
    last_activity_epoch BIGINT,
    updated_seq         BIGINT NOT NULL
);
CREATE INDEX stories_activity ON stories (last_activity_epoch);

-- Inputs that could not be used, with the reason, so a user can see and fix them.
CREATE TABLE problems (
    origin TEXT NOT NULL,
    reason TEXT NOT NULL,
    at     TEXT NOT NULL,
    PRIMARY KEY (origin, reason)
);
