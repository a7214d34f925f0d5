package io.newsgraph.stories;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Turns a sentence into a vector whose similarity to another says whether the two state the same thing,
 * across paraphrase and translation. Implementations are thread-safe.
 */
public interface SentenceEncoder {

    SentenceVector encode(String sentence);

    /** The similarity from which two statements count as the same statement for this encoder. */
    double sameStatement();

    /** Names the encoder in saved vectors: vectors of two encoders never compare, so a store refuses to mix them. */
    String name();

    /** Reads back a vector this encoder wrote with {@link SentenceVector#write}. */
    SentenceVector read(DataInput in) throws IOException;

    /** An encoded sentence; it compares only with vectors of the same encoder. */
    interface SentenceVector {
        double similarity(SentenceVector other);

        /** Saves the vector exactly, so a restored clusterer decides as the one that encoded it. */
        void write(DataOutput out) throws IOException;
    }
}
