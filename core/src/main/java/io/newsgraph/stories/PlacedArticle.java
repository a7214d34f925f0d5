package io.newsgraph.stories;

/**
 * An article a clusterer placed earlier, as the store keeps it, to load into a new clusterer.
 *
 * @param position      the order it was added in, across every run
 * @param storyId       its story now
 * @param storyPosition the position of that story's first article
 * @param features      what {@link StoryClusterer#features} returned for it
 */
public record PlacedArticle(long position, String storyId, long storyPosition, byte[] features) {}
