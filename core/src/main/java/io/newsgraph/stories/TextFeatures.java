package io.newsgraph.stories;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The two signatures of an article's text, immutable: over word 3-shingles (near-duplicates: a copy keeps
 * most three-word runs) and over content-word stems (the same event retold in other words still names the
 * same things). Title and body together, so a copy with a new headline is still close.
 */
record TextFeatures(int[] shingles, int[] words) {
    static final int SHINGLE = 3;

    static TextFeatures of(MinHash minHash, String title, String text) {
        List<String> tokens = Words.tokens(title + "\n" + text);
        long[] shingleHashes = new long[Math.max(0, tokens.size() - SHINGLE + 1)];
        for (int i = 0; i < shingleHashes.length; i++) {
            shingleHashes[i] = StableHash.of(tokens.get(i) + ' ' + tokens.get(i + 1) + ' ' + tokens.get(i + 2));
        }
        Set<String> stems = new LinkedHashSet<>();
        for (String t : tokens) if (Words.isContent(t)) stems.add(Words.stem(t));
        long[] wordHashes = stems.stream().mapToLong(StableHash::of).toArray();
        return new TextFeatures(minHash.signature(shingleHashes), minHash.signature(wordHashes));
    }
}
