package io.newsgraph.stories;

import java.util.Comparator;

/** Articles in publication order, ties by id, so every listing of a story is the same on every run. */
public final class ByTime {
    private ByTime() {}

    public static final Comparator<StoryArticle> ORDER = Comparator.comparing(StoryArticle::published).thenComparing(StoryArticle::id);
}
