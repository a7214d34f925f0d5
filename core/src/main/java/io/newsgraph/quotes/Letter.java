package io.newsgraph.quotes;

/**
 * A letter reproduced in full inside an article, immutable: from its opening (invocation or salutation)
 * to its signature, and who signed it.
 */
record Letter(int start, int end, String signature, int firstParagraph, int lastParagraph) {
}
