package io.newsgraph.spark;

import io.newsgraph.stories.SentenceEncoder;
import java.io.ByteArrayInputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The sentence encoder of the store's stories stage after a {@code --store} load: serves the vectors the
 * tasks computed instead of encoding every statement again on the driver (MiniLM costs 20–35 ms per
 * statement). The stage asks for its articles' statements a chunk at a time in page order, which is the
 * source order the load wrote them in, so this reads the processed documents once more in source order and
 * keeps a sliding window of them: memory stays bounded (about {@value #WINDOW} documents' vectors), and a
 * statement not found within the window (an article of an earlier ingest into the same store) is encoded
 * as it would have been. Thread-safe: the stage encodes a chunk on parallel threads.
 */
final class TaskVectors implements SentenceEncoder {
    /** Documents held: twice the stage's chunk of 1,000 articles, which may ask in any order within the chunk. */
    static final int WINDOW = 4096;

    private final SentenceEncoder encoder;
    private final Supplier<Iterator<ProcessedDoc>> source;
    private Iterator<ProcessedDoc> docs;
    /** Each statement text held, with the index of the newest document in the window that has it. */
    private final Map<String, Held> held = new HashMap<>();
    private final ArrayDeque<List<String>> window = new ArrayDeque<>();
    private long read;
    private final AtomicLong reused = new AtomicLong();
    private final AtomicLong encoded = new AtomicLong();

    private record Held(SentenceVector vector, long doc) {}

    /**
     * @param encoder the encoder the tasks used, for what the window does not hold and for reading their vectors
     * @param docs    a fresh iterator over the documents with an article in source order, opened on first use
     */
    TaskVectors(SentenceEncoder encoder, Supplier<Iterator<ProcessedDoc>> docs) {
        this.encoder = encoder;
        this.source = docs;
    }

    @Override
    public SentenceVector encode(String sentence) {
        SentenceVector v = find(sentence);
        if (v != null) {
            reused.incrementAndGet();
            return v;
        }
        encoded.incrementAndGet();
        return encoder.encode(sentence);
    }

    /** The tasks' vector for the sentence, reading ahead at most half a window; null when not found. */
    private synchronized SentenceVector find(String sentence) {
        Held h = held.get(sentence);
        if (docs == null) docs = source.get();
        for (int ahead = 0; h == null && ahead < WINDOW / 2 && docs.hasNext(); ahead++) {
            add(docs.next());
            h = held.get(sentence);
        }
        return h == null ? null : h.vector();
    }

    private void add(ProcessedDoc d) {
        long index = read++;
        List<String> texts = new ArrayList<>(d.statementVectors().size());
        for (int i = 0; i < d.statementVectors().size(); i++) {
            String text = d.page().statements().get(i).text();
            held.put(text, new Held(read(d.statementVectors().get(i)), index));
            texts.add(text);
        }
        window.addLast(texts);
        if (window.size() > WINDOW) {
            long oldest = index - WINDOW;
            for (String text : window.removeFirst()) held.computeIfPresent(text, (t, x) -> x.doc() == oldest ? null : x);
        }
    }

    private SentenceVector read(byte[] saved) {
        try {
            return encoder.read(new DataInputStream(new ByteArrayInputStream(saved)));
        } catch (IOException e) {
            throw new UncheckedIOException("a task's sentence vector does not read back", e);
        }
    }

    /** How many statement texts the window holds now. */
    synchronized int held() {
        return held.size();
    }

    /** Statements served from the tasks' vectors. */
    long reused() {
        return reused.get();
    }

    /** Statements encoded here, not found among the tasks' vectors. */
    long encoded() {
        return encoded.get();
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
