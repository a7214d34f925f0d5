/**
 * Statements and who made them: direct quotes, reported speech, interview answers, reproduced letters and
 * embedded posts, each attributed to a speaker resolved within its article. A pure per-document stage:
 * {@link io.newsgraph.quotes.StatementFinder#find} reads an {@code Article} and returns records; nothing is
 * shared between calls. May use {@code extract} (the input) and {@code nlp}; must not import {@code store}.
 */
package io.newsgraph.quotes;
