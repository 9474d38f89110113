-- A story's analysis (summary, timeline, claims, accounts, coverage), computed when the story changes and kept
-- here, so pages are rendered from stored values instead of analysing on each request. A story's version grows
-- with every change of its articles; an analysis of an older version, or of an older format, is stale.
ALTER TABLE stories ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
CREATE TABLE story_analyses (
    story_id      TEXT PRIMARY KEY,
    story_version BIGINT NOT NULL,
    format        INTEGER NOT NULL,
    computed_at   TEXT NOT NULL,
    body          TEXT NOT NULL
);
