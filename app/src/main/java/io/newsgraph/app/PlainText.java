package io.newsgraph.app;

/** Small pieces of the commands' plain-text (not JSON) output. */
final class PlainText {
    private PlainText() {}

    /** A missing field shown as "-", so columns stay in place. */
    static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
