-- Pages: one row per distinct content (SHA-256 of the raw bytes), so re-ingest is a no-op.
CREATE TABLE pages (
    id           INTEGER PRIMARY KEY,
    content_hash TEXT    NOT NULL UNIQUE,
    source       TEXT    NOT NULL,
    url          TEXT,
    page_type    TEXT    NOT NULL,
    status       TEXT    NOT NULL CHECK (status IN ('article', 'no_article', 'failed')),
    stage        TEXT,
    reason       TEXT,
    ingested_at  TEXT    NOT NULL
);
CREATE INDEX pages_source ON pages (source);

CREATE TABLE articles (
    page_id         INTEGER PRIMARY KEY REFERENCES pages (id) ON DELETE CASCADE,
    url             TEXT,
    outlet          TEXT,
    title           TEXT,
    byline          TEXT,
    authors_json    TEXT NOT NULL DEFAULT '[]',
    credited_source TEXT,
    published       TEXT,
    modified        TEXT,
    dek             TEXT,
    tags_json       TEXT NOT NULL DEFAULT '[]',
    body            TEXT NOT NULL,
    footnotes_json  TEXT NOT NULL DEFAULT '[]',
    language        TEXT,
    image           TEXT
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_outlet ON articles (outlet COLLATE NOCASE);

-- Full-text index over articles (external content: the text lives once, in articles).
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, dek, body,
    content = 'articles', content_rowid = 'page_id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, dek, body) VALUES (new.page_id, new.title, new.dek, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, dek, body) VALUES ('delete', old.page_id, old.title, old.dek, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, dek, body) VALUES ('delete', old.page_id, old.title, old.dek, old.body);
    INSERT INTO articles_fts (rowid, title, dek, body) VALUES (new.page_id, new.title, new.dek, new.body);
END;

-- Inputs that could not be read as a page at all (no content to hash): the latest reason per source.
CREATE TABLE read_failures (
    source    TEXT PRIMARY KEY,
    reason    TEXT NOT NULL,
    failed_at TEXT NOT NULL
);
