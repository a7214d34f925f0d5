package io.newsgraph.stories;

/**
 * One statement as two outlets of a story printed it, immutable.
 *
 * @param first      the earlier article's id
 * @param firstText  its wording
 * @param second     the later article's id
 * @param secondText its wording
 * @param similarity how close the sentence encoder finds the two (cosine for {@link MiniLmEncoder})
 * @param diff       the two wordings side by side
 */
public record AlignedStatement(String first, StoryStatement firstText, String second, StoryStatement secondText,
        double similarity, WordingDiff diff) {}
