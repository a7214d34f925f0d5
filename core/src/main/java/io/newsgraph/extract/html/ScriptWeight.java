package io.newsgraph.extract.html;

/**
 * How much text a string holds, in Latin-letter equivalents: a Hangul syllable or a Chinese or
 * Japanese character carries about as much as two or three Latin letters, so the same short news
 * brief is 160 characters in Korean and 450 in English. Length thresholds that decide whether a page
 * is an article use this, so that they mean the same thing in every script.
 */
final class ScriptWeight {
    private ScriptWeight() {}

    /** Non-whitespace characters of {@code text}, each Hangul, Han or kana character counted twice. */
    static int of(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || cp == '\u00a0') {
                continue;
            }
            n += isDense(cp) ? 2 : 1;
        }
        return n;
    }

    private static boolean isDense(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }
}
