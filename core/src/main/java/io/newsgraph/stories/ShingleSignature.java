package io.newsgraph.stories;

/**
 * The near-duplicate signature of one article on its own: MinHash over its word 3-shingles (title and
 * body, as the clusterer computes it) and its LSH band keys. Per document, so a distributed job can find
 * near-duplicate candidates by joining on band keys, as {@link CandidateIndex} does in memory.
 */
public final class ShingleSignature {
    private static final MinHash MIN_HASH = new MinHash(StoryOptions.DEFAULTS.signatureSize());

    private ShingleSignature() {}

    /** The signature with the default options' size. */
    public static int[] of(String title, String text) {
        return TextFeatures.of(MIN_HASH, title, text).shingles();
    }

    /** One key per band of {@code rows} signature values: two articles sharing a key are candidates. */
    public static long[] bandKeys(int[] signature, int bands, int rows) {
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long h = 0x517cc1b727220a95L * (b + 1);
            for (int r = 0; r < rows; r++) h = StableHash.mix(h ^ signature[b * rows + r]);
            keys[b] = h;
        }
        return keys;
    }

    /** The band keys with the default options. */
    public static long[] bandKeys(int[] signature) {
        return bandKeys(signature, StoryOptions.DEFAULTS.bands(), StoryOptions.DEFAULTS.rows());
    }

    /** The estimated Jaccard similarity of the two shingle sets. */
    public static double jaccard(int[] a, int[] b) {
        return MinHash.jaccard(a, b);
    }
}
