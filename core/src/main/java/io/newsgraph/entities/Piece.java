package io.newsgraph.entities;

/**
 * One part of a name chunk after titles are split off, with what its words and surroundings say about
 * its type; an intermediate value of {@link MentionFinder}, immutable.
 *
 * @param text  as written, possessive ending removed
 * @param start offset in the analysed text
 * @param end   offset just past it
 * @param type  the type its own words prove, or null when only the article can tell (a single word)
 * @param words how many identifying words it has (honorifics, titles and particles not counted)
 */
record Piece(String text, int start, int end, EntityType type, int words) {
}
