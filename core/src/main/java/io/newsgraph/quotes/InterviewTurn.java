package io.newsgraph.quotes;

/**
 * One turn of a printed interview, immutable: a question or an answer, the offsets of its words (after
 * the "Q:"/"A:" label and an opening quotation mark) and the paragraphs it covers.
 */
record InterviewTurn(boolean answer, int start, int end, int firstParagraph, int lastParagraph) {
}
