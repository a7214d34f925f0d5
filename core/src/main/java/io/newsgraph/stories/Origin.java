package io.newsgraph.stories;

/**
 * Where an article says its content comes from, immutable.
 *
 * @param articleId the article that says it
 * @param kind      how the words reached the outlet
 * @param venue     who received or published them first ("khamenei.ir", "Al Mayadeen"), or empty when the
 *                  text names none ("in a televised speech")
 * @param evidence  the words of the text that say it
 */
public record Origin(String articleId, Kind kind, String venue, String evidence) {

    public enum Kind { CREDITED_SOURCE, INTERVIEW, TOLD, SPEECH, LETTER, STATEMENT }
}
