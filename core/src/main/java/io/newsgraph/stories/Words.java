package io.newsgraph.stories;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Lower-cased word tokens of a text, and the content words among them. */
final class Words {
    private Words() {}

    /** Words too common to say what a text is about; the list is short on purpose (English news). */
    private static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from",
            "as", "into", "onto", "over", "per", "than", "that", "this", "these", "those", "there", "their", "its",
            "it", "itself", "he", "she", "they", "them", "we", "us", "our", "you", "your", "his", "her", "i", "me",
            "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
            "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "so", "such", "also",
            "which", "who", "whom", "whose", "what", "when", "where", "while", "all", "any", "each", "said", "says",
            "say", "stated", "noted", "added", "stressed", "today", "s");

    static List<String> tokens(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean word = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (word && start < 0) start = i;
            if (!word && start >= 0) {
                out.add(folded.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    static boolean isContent(String token) {
        return !STOP.contains(token);
    }

    /**
     * A crude stem: the first five letters. Translations and paraphrases inflect the same words
     * differently ("prepared"/"preparing", "confrontation"/"confrontations"); a real stemmer gains little
     * over this for matching and would add a dependency.
     */
    static String stem(String token) {
        return token.length() <= 5 ? token : token.substring(0, 5);
    }
}
