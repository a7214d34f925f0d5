package io.newsgraph.stories;

import java.util.Arrays;

/**
 * MinHash signatures of sets of 64-bit element hashes, and the Jaccard similarity they estimate
 * (Broder 1997; Leskovec, Rajaraman & Ullman, "Mining of Massive Datasets", ch. 3). Immutable.
 *
 * <p>Written here rather than taken from a library: the Java MinHash libraries on Maven Central are
 * either unmaintained and seeded from {@code Random} per instance ({@code info.debatty:java-lsh}, last
 * release 2017), so signatures depend on how the object was made, or built around Lucene analyzers
 * ({@code org.codelibs:minhash}). This one is 60 lines and its signatures are the same in every run,
 * which a store that keeps signatures across processes needs.
 *
 * <p>Each of the {@code size} hash functions is the SplitMix64 finaliser applied to the element hash
 * xor a fixed per-function seed; a signature keeps the upper 32 bits of each minimum, which halves the
 * memory at a collision chance (2<sup>-32</sup>) far below the estimate's own error (≈ 1/√size).
 */
public final class MinHash {
    private final long[] seeds;

    public MinHash(int size) {
        if (size < 1) throw new IllegalArgumentException("signature size must be positive, got " + size);
        seeds = new long[size];
        for (int i = 0; i < size; i++) seeds[i] = StableHash.mix(0x9e3779b97f4a7c15L * (i + 1));
    }

    public int size() {
        return seeds.length;
    }

    /** The signature of a set given as element hashes (duplicates are harmless). An empty set gets all maxima. */
    public int[] signature(long[] elements) {
        long[] min = new long[seeds.length];
        Arrays.fill(min, Long.MAX_VALUE);
        for (long e : elements) {
            for (int i = 0; i < seeds.length; i++) {
                long h = StableHash.mix(e ^ seeds[i]) >>> 1; // non-negative, so MAX_VALUE means "empty"
                if (h < min[i]) min[i] = h;
            }
        }
        int[] sig = new int[seeds.length];
        for (int i = 0; i < sig.length; i++) sig[i] = (int) (min[i] >>> 31);
        return sig;
    }

    /** The share of positions where two signatures agree: an unbiased estimate of the sets' Jaccard index. */
    public static double jaccard(int[] a, int[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("signatures of different sizes: " + a.length + " and " + b.length);
        int same = 0;
        for (int i = 0; i < a.length; i++) if (a[i] == b[i]) same++;
        return (double) same / a.length;
    }
}
