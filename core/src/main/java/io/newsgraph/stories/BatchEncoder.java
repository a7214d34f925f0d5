package io.newsgraph.stories;

import java.io.DataInput;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Encodes a batch of sentences on every core ahead of the single-threaded clusterer, then serves them from
 * memory: encoding is per sentence and costs far more than clustering, so it is the part worth spreading.
 * Vectors are the wrapped encoder's, so decisions do not change. Sentences not prepared are encoded on demand.
 */
public final class BatchEncoder implements SentenceEncoder {
    private final SentenceEncoder encoder;
    private final Map<String, SentenceVector> prepared = new ConcurrentHashMap<>();

    public BatchEncoder(SentenceEncoder encoder) {
        this.encoder = encoder;
    }

    /** Encodes the sentences in parallel (the common fork-join pool) and keeps them until {@link #clear}. */
    public void prepare(Collection<String> sentences) {
        sentences.parallelStream().distinct().forEach(s -> prepared.computeIfAbsent(s, encoder::encode));
    }

    /** Keeps a vector encoded elsewhere (by this encoder's kind, in a Spark task) for {@code sentence}. */
    public void put(String sentence, SentenceVector vector) {
        prepared.put(sentence, vector);
    }

    public void clear() {
        prepared.clear();
    }

    @Override
    public SentenceVector encode(String sentence) {
        SentenceVector v = prepared.get(sentence);
        return v != null ? v : encoder.encode(sentence);
    }

    @Override
    public double sameStatement() {
        return encoder.sameStatement();
    }

    @Override
    public String name() {
        return encoder.name();
    }

    @Override
    public SentenceVector read(DataInput in) throws IOException {
        return encoder.read(in);
    }
}
