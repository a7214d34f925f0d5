package io.newsgraph.nlp;

import java.util.List;

/**
 * One sentence with its tokens, immutable. Offsets point into the analysed text, not into the sentence.
 *
 * @param start  offset of the first character
 * @param end    offset just past the last character
 * @param text   the sentence as written
 * @param tokens its tokens in order
 */
public record Sentence(int start, int end, String text, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** Index of the first token starting at or after {@code offset}, or {@code tokens().size()}. */
    public int tokenAtOrAfter(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) return i;
        }
        return tokens.size();
    }
}
