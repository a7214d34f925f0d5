package io.newsgraph.extract.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A first, cheap language check: English text is full of a few function words. Good enough to tell
 * English from everything else until the nlp stage brings a real language model.
 */
final class LanguageGuesser {
    private LanguageGuesser() {}

    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "a", "is", "that", "for",
            "on", "with", "was", "as", "by", "it", "he", "said", "are", "be", "at", "from", "this", "his", "has");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** In English news prose these words make up a quarter or more of all words; elsewhere a few percent. */
    private static final double MIN_SHARE = 0.15;
    private static final int MIN_WORDS = 20;

    /** "en", or null when the text is too short or not English. */
    static String guess(String text) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        int all = 0;
        int hits = 0;
        while (m.find()) {
            all++;
            hits += ENGLISH.contains(m.group()) ? 1 : 0;
        }
        return all >= MIN_WORDS && hits >= MIN_SHARE * all ? "en" : null;
    }
}
