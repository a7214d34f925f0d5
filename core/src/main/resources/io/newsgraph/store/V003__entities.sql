-- Entities. Mentions are found per article (in the worker pool); resolving them into entities is one
-- writer's job, after the article is stored: entity_stage says how far an article has come.
--   unfound  : mentions not looked for yet (stores made before V003, or a rebuild)
--   found    : mentions stored, not yet resolved
--   resolved : every mention has its entity
ALTER TABLE articles ADD COLUMN embeds_json TEXT NOT NULL DEFAULT '[]';
ALTER TABLE articles ADD COLUMN entity_stage TEXT NOT NULL DEFAULT 'unfound'
    CHECK (entity_stage IN ('unfound', 'found', 'resolved'));
CREATE INDEX articles_entity_stage ON articles (entity_stage) WHERE entity_stage <> 'resolved';

-- One row per name mention, in reading order; embed is -1 for the body, else the index of the embedded post.
CREATE TABLE mentions (
    page_id      INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    referent     TEXT    NOT NULL,
    type         TEXT    NOT NULL,
    embed        INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    entity_id    INTEGER,
    PRIMARY KEY (page_id, ordinal)
);
CREATE INDEX mentions_entity ON mentions (entity_id);

-- Entities as the resolver keeps them (state: its saved form, store.SavedEntityCodec, to go on resolving
-- after a restart), with a
-- summary of their mentions for listing, recomputed when stale. An entity merged into another keeps its
-- row as a pointer.
CREATE TABLE entities (
    id          INTEGER PRIMARY KEY,
    type        TEXT    NOT NULL,
    name        TEXT,
    merged_into INTEGER,
    mentions    INTEGER NOT NULL DEFAULT 0,
    articles    INTEGER NOT NULL DEFAULT 0,
    first_seen  TEXT,
    last_seen   TEXT,
    stale       INTEGER NOT NULL DEFAULT 1,
    state       BLOB    NOT NULL
);
CREATE INDEX entities_stale ON entities (stale) WHERE stale = 1;
CREATE INDEX entities_name ON entities (name COLLATE NOCASE);

-- The entity a statement's speaker is, where the article names it.
ALTER TABLE statements ADD COLUMN entity_id INTEGER;
CREATE INDEX statements_entity ON statements (entity_id);

-- Users' corrections, replayed in order after a rebuild. merge: name and other are one entity.
-- split: the mentions written as other leave the entity called name for one of their own.
-- from_id / to_id: the entities the correction last applied to, so later mentions follow it.
CREATE TABLE entity_corrections (
    seq      INTEGER PRIMARY KEY,
    action   TEXT NOT NULL CHECK (action IN ('merge', 'split')),
    name     TEXT NOT NULL,
    other    TEXT NOT NULL,
    from_id  INTEGER,
    to_id    INTEGER,
    made_at  TEXT NOT NULL
);
