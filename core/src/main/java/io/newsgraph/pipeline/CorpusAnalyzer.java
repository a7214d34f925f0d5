package io.newsgraph.pipeline;

import io.newsgraph.entities.Entity;
import io.newsgraph.entities.EntityResolver;
import io.newsgraph.entities.Mention;
import io.newsgraph.stories.SentenceEncoder;
import io.newsgraph.stories.StoryArticle;
import io.newsgraph.stories.StoryClusterer;
import io.newsgraph.stories.StoryOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cross-document stages over processed pages held in memory, in the order they are added: entity
 * resolution, then stories (which compare entities). {@code extract} runs it over the pages given, and the
 * Spark job's driver over what its tasks processed, so both decide as the store's stages do on the same
 * pages in the same order. Not thread-safe.
 */
public final class CorpusAnalyzer {
    private final EntityResolver resolver = new EntityResolver();
    private final StoryClusterer stories;

    public CorpusAnalyzer(SentenceEncoder encoder) {
        this.stories = new StoryClusterer(StoryOptions.DEFAULTS, encoder);
    }

    /** Resolves the page's mentions and places its article in a story (when it is a dated article). */
    public void add(String key, ProcessedPage page) {
        if (page.article() == null) throw new IllegalArgumentException("page " + key + " has no article: " + page.failureReason());
        List<Mention> mentions = page.mentions() == null ? List.of() : page.mentions();
        resolver.add(key, mentions);
        StoryArticle story = StoryInput.of(key, page.article(), page.statements(), mentions, mentionIds(key, mentions.size()));
        if (story != null && page.article().isArticle()) stories.add(story);
    }

    /** The entity id of each of the page's {@code count} mentions, as resolved so far (null where none). */
    public List<String> mentionIds(String key, int count) {
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) ids.add(resolver.entityOf(key, i));
        return ids;
    }

    /** The entity now behind an id (merges followed). */
    public Entity entity(String id) {
        return resolver.entity(id);
    }

    /** The key of the first page of the page's story, if it has one. */
    public Optional<String> storyOf(String key) {
        return stories.storyOf(key);
    }
}
