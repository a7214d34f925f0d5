package io.newsgraph.spark;

import io.newsgraph.stories.LexicalEncoder;
import io.newsgraph.stories.MiniLmEncoder;
import io.newsgraph.stories.SentenceEncoder;

/** Which sentence encoder the job's stories use; an enum so tasks receive the choice, not the model. */
enum EncoderChoice {
    /** all-MiniLM-L6-v2 on ONNX Runtime in each executor: matches statements across translations, as ingest does. */
    MINILM,
    /** content-word stems: for large runs where encoding every statement would dominate. */
    LEXICAL;

    SentenceEncoder encoder() {
        return this == MINILM ? new MiniLmEncoder() : new LexicalEncoder();
    }
}
