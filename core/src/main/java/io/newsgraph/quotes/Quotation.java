package io.newsgraph.quotes;

/**
 * Words between quotation marks, immutable. {@code start}/{@code end} delimit the words inside the marks;
 * {@code open}/{@code close} are the offsets of the marks themselves ({@code close} is -1 when a quote runs
 * to the end of the body unclosed). A quote over several paragraphs is one quotation.
 */
record Quotation(int open, int start, int end, int close) {

    int words(String body) {
        return body.substring(start, end).trim().split("\\s+").length;
    }

    /** A quotation of one or two words is a scare quote or a term ("Israel", "operations room"), not speech. */
    boolean isSpeech(String body) {
        return words(body) >= 3;
    }
}
