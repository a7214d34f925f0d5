/**
 * Article extraction from plain-text page dumps: line classification, body finding, header and tail
 * reading. Depends on {@code extract.date}; knows nothing of stores or engines. Everything but
 * {@link io.newsgraph.extract.text.TextDumpExtractor} is package-private.
 */
package io.newsgraph.extract.text;
