-- People, organisations and places named in articles, and who said what (org.storyline.enrich.entity, .quote).

-- One row per entity id: the stable id hashes type and the spelling-insensitive key of the canonical name.
CREATE TABLE entities (
    id   TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    name TEXT NOT NULL
);

-- An article's entities as the article names them (local_id, name), and the story-level entity they resolve to
-- (entity_id: a surname alone in one article joins the full name another article of the story gives).
-- aliases and roles are '|'-separated.
CREATE TABLE article_entities (
    article_id   TEXT NOT NULL,
    local_id     TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    type         TEXT NOT NULL,
    name         TEXT NOT NULL,
    aliases      TEXT NOT NULL,
    roles        TEXT NOT NULL,
    mentions     INTEGER NOT NULL,
    first_offset INTEGER NOT NULL,
    PRIMARY KEY (article_id, local_id)
);
CREATE INDEX article_entities_entity ON article_entities (entity_id);

-- Quotes in text order; the speaker is the article's entity local_id (see article_entities).
CREATE TABLE article_quotes (
    article_id       TEXT NOT NULL,
    position         INTEGER NOT NULL,
    kind             TEXT NOT NULL,
    speaker_local_id TEXT NOT NULL,
    text             TEXT NOT NULL,
    start_offset     INTEGER NOT NULL,
    PRIMARY KEY (article_id, position)
);

-- Which articles the entity and quote stages have read, and with which version of them: an article missing
-- here (stored before this table existed, or read by an older version) is read again.
CREATE TABLE entity_scans (
    article_id TEXT PRIMARY KEY,
    version    INTEGER NOT NULL
);
