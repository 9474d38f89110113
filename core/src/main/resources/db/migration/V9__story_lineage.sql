-- Where a story came from: a story split off another ('split_from'), or one that absorbed another
-- ('absorbed'; the absorbed id also redirects through story_redirects). Shown on the story page, so a
-- story that splits or merges keeps its history.
CREATE TABLE story_lineage (
    story_id   TEXT NOT NULL,
    related_id TEXT NOT NULL,
    kind       TEXT NOT NULL,
    at         TEXT NOT NULL,
    PRIMARY KEY (story_id, related_id, kind)
);
CREATE INDEX story_lineage_related ON story_lineage (related_id);
