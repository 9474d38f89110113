-- Sources a user follows (feeds, pages) and the items seen from each, so a poll stores only what changed.

CREATE TABLE sources (
    id                TEXT PRIMARY KEY,
    url               TEXT NOT NULL UNIQUE,
    kind              TEXT NOT NULL,
    title             TEXT,
    site_url          TEXT,
    added_at          TEXT NOT NULL,
    etag              TEXT,
    last_modified     TEXT,
    last_fetch_at     TEXT,
    last_success_at   TEXT,
    next_fetch_epoch  BIGINT NOT NULL,
    interval_seconds  BIGINT NOT NULL,
    item_count        INTEGER NOT NULL,
    last_new_items    INTEGER NOT NULL,
    last_error        TEXT,
    last_error_kind   TEXT,
    error_streak      INTEGER NOT NULL
);
CREATE INDEX sources_next_fetch ON sources (next_fetch_epoch);

-- item_key is the item's identity (GUID, else canonical URL, else content hash); content_hash tells a
-- changed item from an unchanged one.
CREATE TABLE source_items (
    source_id       TEXT NOT NULL,
    item_key        TEXT NOT NULL,
    article_id      TEXT,
    content_hash    TEXT NOT NULL,
    published_epoch BIGINT,
    first_seen_at   TEXT NOT NULL,
    last_seen_at    TEXT NOT NULL,
    PRIMARY KEY (source_id, item_key)
);
CREATE INDEX source_items_article ON source_items (article_id);

-- Stories merged into another keep their old id as an address that redirects.
CREATE TABLE story_redirects (
    old_id TEXT PRIMARY KEY,
    new_id TEXT NOT NULL,
    at     TEXT NOT NULL
);
