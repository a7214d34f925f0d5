package io.newsgraph.nlp;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One sentence with its tokens. Offsets point into the analysed text, not into the sentence.
 *
 * <p>Tokenising and tagging cost far more than finding sentences, and most sentences of an article are never
 * read word by word. So a sentence from {@link TextAnalyzer} tokenises and tags itself on the first call to
 * {@link #tokens()}, once; callers that only need {@link #text()} pay nothing more. It is still a value:
 * every call returns the same immutable list, whichever thread asks first.
 */
public final class Sentence {

    private final int start;
    private final int end;
    private final String text;
    private Supplier<List<Token>> analysis; // null once tokens is set; guarded by this
    private List<Token> tokens;

    /**
     * @param start  offset of the first character
     * @param end    offset just past the last character
     * @param text   the sentence as written
     * @param tokens its tokens in order
     */
    public Sentence(int start, int end, String text, List<Token> tokens) {
        this.start = start;
        this.end = end;
        this.text = Objects.requireNonNull(text, "text");
        this.tokens = List.copyOf(tokens);
    }

    /** A sentence whose tokens {@code analysis} gives on first use. */
    static Sentence lazy(int start, int end, String text, Supplier<List<Token>> analysis) {
        Sentence s = new Sentence(start, end, text, List.of());
        s.tokens = null;
        s.analysis = Objects.requireNonNull(analysis, "analysis");
        return s;
    }

    /** Offset of the first character. */
    public int start() {
        return start;
    }

    /** Offset just past the last character. */
    public int end() {
        return end;
    }

    /** The sentence as written. */
    public String text() {
        return text;
    }

    /** Its tokens in order, tokenised and tagged on the first call. */
    public synchronized List<Token> tokens() {
        if (tokens == null) {
            tokens = List.copyOf(analysis.get());
            analysis = null;
        }
        return tokens;
    }

    /** Index of the first token starting at or after {@code offset}, or {@code tokens().size()}. */
    public int tokenAtOrAfter(int offset) {
        List<Token> t = tokens();
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).start() >= offset) return i;
        }
        return t.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sentence s && start == s.start && end == s.end && text.equals(s.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, text);
    }

    @Override
    public String toString() {
        return "Sentence[" + start + ".." + end + ": " + text + "]";
    }
}
