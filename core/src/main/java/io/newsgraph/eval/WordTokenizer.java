package io.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word tokens exactly as Python 3's Unicode {@code \w+} does, which is what the
 * extraction benchmark's scorer uses. Java's own {@code \w} differs (ASCII-only by default; with
 * UNICODE_CHARACTER_CLASS it accepts combining marks and rejects '½'), hence a code-point scanner.
 */
final class WordTokenizer {
    private WordTokenizer() {}

    /** The maximal runs of word characters in {@code text}, case kept. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start, n));
        }
        return out;
    }

    /** Letters (Lu, Ll, Lt, Lm, Lo), numbers (Nd, Nl, No) and the underscore. */
    static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
