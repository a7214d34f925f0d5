package io.newsgraph.stories;

/**
 * Turns a sentence into a vector whose similarity to another says whether the two state the same thing,
 * across paraphrase and translation. Implementations are thread-safe.
 */
public interface SentenceEncoder {

    SentenceVector encode(String sentence);

    /** The similarity from which two statements count as the same statement for this encoder. */
    double sameStatement();

    /** An encoded sentence; it compares only with vectors of the same encoder. */
    interface SentenceVector {
        double similarity(SentenceVector other);
    }
}
