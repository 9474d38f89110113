-- Article HTML kept for display (from feed items that carry full content), always sanitised before it is
-- stored: an allow-list of elements and attributes, no scripts, styles, event handlers or unsafe URLs.
CREATE TABLE article_html (
    article_id TEXT PRIMARY KEY,
    html       TEXT NOT NULL
);
