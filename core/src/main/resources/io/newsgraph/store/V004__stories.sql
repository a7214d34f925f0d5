-- Stories. After its entities are resolved, the stories stage places each article once, in page order, one
-- writer; story_stage says how far an article has come.
--   pending     : not placed yet
--   placed      : it has its row in story_members
--   unplaceable : not an article, or no publication date: no story window can hold it
ALTER TABLE articles ADD COLUMN story_stage TEXT NOT NULL DEFAULT 'pending'
    CHECK (story_stage IN ('pending', 'placed', 'unplaceable'));
CREATE INDEX articles_story_stage ON articles (story_stage) WHERE story_stage = 'pending';

-- One row per placed article. position is the order the clusterer added it in, across runs; a story is
-- named by its first article (story_id is that article's page id, story_position its position), so a merged
-- story keeps the older name. linked_to and the figures after it say why the article joined its story.
-- features is the clusterer's saved form of the article (stories.FeaturesCodec): a later run loads those of
-- the days around its new articles and goes on as if it had never stopped.
CREATE TABLE story_members (
    page_id           INTEGER PRIMARY KEY REFERENCES pages (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL UNIQUE,
    day               INTEGER NOT NULL,
    story_id          INTEGER NOT NULL,
    story_position    INTEGER NOT NULL,
    linked_to         INTEGER,
    near_duplicate_of INTEGER,
    jaccard           REAL    NOT NULL,
    word_jaccard      REAL    NOT NULL,
    shared_statements INTEGER NOT NULL,
    shared_entities   INTEGER NOT NULL,
    features          BLOB    NOT NULL
);
CREATE INDEX story_members_story ON story_members (story_id);
CREATE INDEX story_members_day ON story_members (day, position);
