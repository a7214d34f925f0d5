package io.newsgraph.stories;

/**
 * How the clusterer decides, immutable and checked on construction.
 *
 * @param windowDays     articles further apart than this many days are never compared
 * @param nearDuplicate  estimated shingle Jaccard from which an article is a near-duplicate (a syndicated or
 *                       lightly edited copy) of another, and so in its story
 * @param wordsAlone     estimated content-word Jaccard that links two articles sharing two entities
 *                       without any shared statement (the same event retold)
 * @param wordsWithStatement content-word Jaccard that suffices beside one shared statement
 * @param entityKeys     how many of an article's rarest entities are used to find candidates
 * @param maxCandidates  how many candidates (those sharing most keys) are compared in full
 * @param bands          LSH bands over the shingle signature; signature size = bands × rows
 * @param rows           rows per band: a pair at Jaccard J becomes a candidate with 1-(1-J^rows)^bands
 */
public record StoryOptions(int windowDays, double nearDuplicate, double wordsAlone, double wordsWithStatement,
        int entityKeys, int maxCandidates, int bands, int rows) {

    /** Measured on the synthetic stream ({@code StoryStreamTest}); see package-info for the figures. */
    public static final StoryOptions DEFAULTS = new StoryOptions(3, 0.5, 0.3, 0.0, 8, 64, 16, 4);

    public StoryOptions {
        if (windowDays < 0) throw new IllegalArgumentException("windowDays must be >= 0, got " + windowDays);
        if (nearDuplicate <= 0 || nearDuplicate > 1) throw new IllegalArgumentException("nearDuplicate must be in (0, 1], got " + nearDuplicate);
        if (wordsAlone <= 0 || wordsAlone > 1) throw new IllegalArgumentException("wordsAlone must be in (0, 1], got " + wordsAlone);
        if (wordsWithStatement < 0 || wordsWithStatement > 1) throw new IllegalArgumentException("wordsWithStatement must be in [0, 1], got " + wordsWithStatement);
        if (entityKeys < 1 || maxCandidates < 1) throw new IllegalArgumentException("entityKeys and maxCandidates must be positive");
        if (bands < 1 || rows < 1) throw new IllegalArgumentException("bands and rows must be positive, got " + bands + " × " + rows);
    }

    int signatureSize() {
        return bands * rows;
    }
}
