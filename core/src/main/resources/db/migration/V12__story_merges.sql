-- A story taken into another, as it was just before the merge: its title, size and dates, and which articles it
-- brought. The merged id itself redirects (story_redirects) and its row is gone, so without this the story that
-- took it in could only say "an earlier story". Written by the merge, read by the story page's history.
CREATE TABLE story_merges (
    gone_id         TEXT PRIMARY KEY,
    kept_id         TEXT NOT NULL,
    title           TEXT NOT NULL,
    article_count   INTEGER NOT NULL,
    outlet_count    INTEGER NOT NULL,
    first_published TEXT,
    last_published  TEXT,
    at              TEXT NOT NULL
);
CREATE TABLE story_merge_articles (
    gone_id    TEXT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (gone_id, article_id)
);
