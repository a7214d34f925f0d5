package io.newsgraph.nlp;

/**
 * A run of tokens that reads as a proper name ("Ziyad al-Nakhalah", "Jane Roe", "Al-Quds Brigades"),
 * immutable. Token indexes are into the sentence's token list; offsets into the analysed text.
 */
public record NameChunk(int firstToken, int lastToken, int start, int end, String text) {
}
