package io.newsgraph.stories;

import java.util.List;
import java.util.Optional;

/**
 * Where one added article went and why, immutable.
 *
 * @param articleId        the article
 * @param storyId          its story: the id of the story's first article
 * @param linkedTo         the stored article it was linked to, or null when it starts a story
 * @param nearDuplicateOf  the stored article it nearly copies, or null
 * @param jaccard          estimated shingle Jaccard with {@code linkedTo} (near-duplicate similarity)
 * @param wordJaccard      estimated content-word Jaccard with {@code linkedTo}
 * @param sharedStatements statements paired one-to-one with {@code linkedTo}
 * @param sharedEntities   entities in common with {@code linkedTo}
 * @param absorbed         stories this article joined to {@code storyId}: their ids are now {@code storyId}
 */
public record StoryAssignment(String articleId, String storyId, String linkedTo, String nearDuplicateOf,
        double jaccard, double wordJaccard, int sharedStatements, int sharedEntities, List<String> absorbed) {

    public StoryAssignment {
        absorbed = List.copyOf(absorbed);
    }

    static StoryAssignment alone(String articleId) {
        return new StoryAssignment(articleId, articleId, null, null, 0, 0, 0, 0, List.of());
    }

    public boolean startsStory() {
        return linkedTo == null;
    }

    public Optional<String> nearDuplicate() {
        return Optional.ofNullable(nearDuplicateOf);
    }
}
