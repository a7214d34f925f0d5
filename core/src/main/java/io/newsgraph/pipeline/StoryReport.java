package io.newsgraph.pipeline;

import io.newsgraph.extract.Article;
import io.newsgraph.store.StoryQueries;
import io.newsgraph.stories.Framing;
import io.newsgraph.stories.Provenance;
import java.util.List;

/**
 * Everything shown of one story, immutable: its articles in publication order with why each joined, how
 * the story travelled (origins, first report, later reports with their lag, statements aligned across
 * outlets) and the terms each outlet used for the same referents.
 *
 * @param id       the story id ("S12")
 * @param articles in publication order
 */
public record StoryReport(String id, List<Entry> articles, Provenance provenance, Framing framing) {

    public StoryReport {
        articles = List.copyOf(articles);
    }

    /** One article of the story: the page id, the article as stored, and why it joined the story. */
    public record Entry(long pageId, Article article, StoryQueries.Member joined) {}
}
