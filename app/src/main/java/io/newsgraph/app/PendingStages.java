package io.newsgraph.app;

import io.newsgraph.pipeline.EntityStage;
import io.newsgraph.pipeline.StoryStage;
import io.newsgraph.store.NewsStore;
import io.newsgraph.store.StoreException;
import io.newsgraph.stories.MiniLmEncoder;
import io.newsgraph.stories.StoryOptions;

/**
 * The cross-document stages, entities then stories (a story compares entities), run after an ingest and
 * before any command reads them, so that an interrupted ingest or a store written by an older version
 * reads complete. Each costs nothing when nothing waits.
 */
public final class PendingStages {
    private PendingStages() {}

    public static void finish(NewsStore db) throws StoreException {
        finish(db, false);
    }

    /** @param rebuildStories place every article in a story again rather than only those waiting */
    static void finish(NewsStore db, boolean rebuildStories) throws StoreException {
        new EntityStage(db).resolvePending(StderrProgress.articles(System.err, "entities"));
        // sentence embeddings, which match a statement across translations
        StoryStage stories = new StoryStage(db, new MiniLmEncoder(), StoryOptions.DEFAULTS);
        if (rebuildStories) stories.rebuild(StderrProgress.articles(System.err, "rebuild stories"));
        else stories.placePending(StderrProgress.articles(System.err, "stories"));
    }
}
