-- The lead image an article's own page names (og:image, twitter:image, JSON-LD image), by address only: never
-- fetched when stored. The web shows it as a thumbnail through its image proxy, when thumbnails are on.
CREATE TABLE article_images (
    article_id TEXT PRIMARY KEY,
    url        TEXT NOT NULL
);
