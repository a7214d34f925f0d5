-- When a page was fetched from the web (a WARC record's WARC-Date, a fetch's time); null for files.
-- Never a publish date: articles.published comes from the page only.
ALTER TABLE pages ADD COLUMN fetched_at TEXT;

-- Feeds, sitemaps and OPML lists polled by `watch`, with what a conditional GET needs next time.
CREATE TABLE feeds (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,
    last_polled   TEXT,
    last_result   TEXT
);

-- Every article URL `watch` or `ingest --urls` tried, so that a restart fetches only what is new.
-- status: the final HTTP status, or 0 when no response came (timeout, refused, robots, redirect loop).
-- A transient failure (5xx, timeout) is tried again on a later poll, up to a few attempts.
CREATE TABLE fetched_urls (
    url        TEXT PRIMARY KEY,
    status     INTEGER NOT NULL,
    reason     TEXT,
    transient  INTEGER NOT NULL DEFAULT 0,
    attempts   INTEGER NOT NULL DEFAULT 1,
    fetched_at TEXT    NOT NULL
);
