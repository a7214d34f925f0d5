package io.newsgraph.stories;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * The made-up language of {@link SyntheticStories}, immutable after construction: news filler words every
 * article uses, and topics whose concepts each have two surface forms, as two translations of one source
 * would word it. Pseudo-words, so no real-language statistics leak in.
 */
final class SyntheticVocabulary {
    private static final String[] ONSETS = {"b", "d", "k", "m", "n", "r", "s", "t", "z", "h", "l", "f", "g", "p", "v",
            "sh", "kh", "th", "br", "tr", "st", "pl"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ou", "ia"};

    final String[] filler;
    /** concepts[topic][concept][form]: the two words for one concept. */
    final String[][][] concepts;

    SyntheticVocabulary(Random random, int fillerWords, int topics, int conceptsPerTopic) {
        Set<String> used = new HashSet<>();
        filler = new String[fillerWords];
        for (int i = 0; i < fillerWords; i++) filler[i] = word(random, used, 1, 2);
        concepts = new String[topics][conceptsPerTopic][2];
        for (String[][] topic : concepts) {
            for (String[] concept : topic) {
                concept[0] = word(random, used, 2, 4);
                concept[1] = word(random, used, 2, 4);
            }
        }
    }

    /** A new pseudo-word whose five-letter stem no other word has, so stems never merge two concepts. */
    private static String word(Random random, Set<String> used, int minSyllables, int maxSyllables) {
        while (true) {
            StringBuilder w = new StringBuilder();
            int n = minSyllables + random.nextInt(maxSyllables - minSyllables + 1);
            for (int i = 0; i < n; i++) w.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
            String s = w.toString();
            if (used.add(Words.stem(s))) return s;
        }
    }
}
