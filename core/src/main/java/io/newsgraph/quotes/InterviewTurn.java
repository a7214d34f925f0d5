package io.newsgraph.quotes;

/**
 * One turn of a printed interview, immutable: a question or an answer, the offsets of its words (after
 * the label and an opening quotation mark), the paragraphs it covers, and the speaker's label when the
 * transcript names each speaker ("ROE:"), else null ("Q:"/"A:").
 */
record InterviewTurn(boolean answer, int start, int end, int firstParagraph, int lastParagraph, String label) {
}
