package io.newsgraph.stories;

import java.util.Objects;

/**
 * One statement of an article as the stories stage sees it, immutable.
 *
 * @param speaker who made it: an entity id when resolved, else the name as written (may be empty)
 * @param text    what was said, as printed
 */
public record StoryStatement(String speaker, String text) {
    public StoryStatement {
        speaker = speaker == null ? "" : speaker;
        Objects.requireNonNull(text, "text");
    }
}
