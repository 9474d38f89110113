-- The change feed: every write that changes what readers of the store see, in commit order. Another process
-- (a serve beside a CLI ingest) and the search index follow it by its sequence number instead of comparing
-- counts. 'article': an article was stored; 'update': a stored article changed; 'story': stories merged or split
-- (subject: a story id).
CREATE TABLE changes (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    kind    TEXT NOT NULL,
    subject TEXT NOT NULL
);
INSERT INTO changes (kind, subject) SELECT 'article', id FROM articles ORDER BY seq;
