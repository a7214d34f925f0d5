package io.newsgraph.quotes;

import java.util.Locale;
import java.util.Set;

/**
 * Cheap word tests on raw sentence text, to decide whether a sentence is worth tokenising and tagging.
 * They look at runs of letters and at whitespace-separated words, which bound the tokens the tokenizer can
 * make: it splits at whitespace and punctuation, never inside a run of letters, so a token made of letters
 * only is always a whole run of letters of the text. Each test may say yes for a sentence that turns out to
 * hold nothing; it never says no for one that holds something.
 */
final class LetterRuns {

    private LetterRuns() {
    }

    /** Whether some run of letters of {@code text}, lower-cased, is in {@code lowerWords}. */
    static boolean anyIn(String text, Set<String> lowerWords) {
        for (String run : runs(text)) {
            if (lowerWords.contains(run.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** The runs of letters of {@code text}, in order, as written. */
    static java.util.List<String> runs(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && Character.isLetter(text.charAt(j))) j++;
            out.add(text.substring(i, j));
            i = j;
        }
        return out;
    }

    /** Whether {@code c} separates tokens, as the OpenNLP tokenizer sees it (no-break spaces too). */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** The whitespace-separated words of {@code text}. */
    static String[] words(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && !isSpace(text.charAt(j))) j++;
            out.add(text.substring(i, j));
            i = j;
        }
        return out.toArray(new String[0]);
    }
}
