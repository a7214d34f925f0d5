-- Statements found in each article, in order of appearance. speaker_key is a spelling-insensitive key of
-- the speaker's name (see nlp.NameKey), so "Nakhaleh" finds "al-Nakhalah".
CREATE TABLE statements (
    page_id         INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL,
    kind            TEXT    NOT NULL,
    speaker         TEXT,
    speaker_key     TEXT,
    speaker_mention TEXT,
    speaker_type    TEXT,
    cue             TEXT,
    text            TEXT    NOT NULL,
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL,
    reported_by     TEXT,
    PRIMARY KEY (page_id, ordinal)
);
CREATE INDEX statements_speaker_key ON statements (speaker_key);
