-- Story listings (home cards, story counts, coverage) read a story's articles' outlet, date, group and position,
-- many stories at a time. In an articles row those columns come after the body, which for most real articles
-- overflows the page: SQLite then walks the body's overflow pages to reach them. This index holds them, so those
-- queries are answered from the index alone (measured 3.5x faster on 2-9 KB bodies); it starts with story_id,
-- so it also serves every lookup the index it replaces served.
CREATE INDEX articles_story_listing ON articles (story_id, duplicate_of, outlet, published_epoch, seq);
DROP INDEX articles_story;
