package io.newsgraph.nlp;

/**
 * One token of a text, immutable.
 *
 * @param text  the token as written
 * @param start offset of its first character in the analysed text
 * @param end   offset just past its last character
 * @param tag   Universal Dependencies part-of-speech tag ("PROPN", "VERB", "PUNCT", ...); a contraction the
 *              tokenizer keeps whole carries both of its tags ("PROPN+PART" for "CIA's")
 */
public record Token(String text, int start, int end, String tag) {

    public boolean isProperNoun() {
        return tag.startsWith("PROPN");
    }

    public boolean isNoun() {
        return tag.startsWith("NOUN") || tag.startsWith("PROPN");
    }

    public boolean isVerb() {
        return tag.startsWith("VERB") || tag.startsWith("AUX");
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
