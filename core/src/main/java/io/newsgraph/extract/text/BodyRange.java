package io.newsgraph.extract.text;

/**
 * The article body's first and last line (0-based, inclusive). Lines inside it that are not body text
 * (link lists, tweets, captions) are dropped when the text is built. Immutable.
 */
record BodyRange(int first, int last) {
    static final BodyRange NONE = new BodyRange(-1, -2);

    boolean isEmpty() {
        return first < 0;
    }

    boolean contains(int line) {
        return line >= first && line <= last;
    }
}
