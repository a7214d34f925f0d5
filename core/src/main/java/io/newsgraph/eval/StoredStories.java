package io.newsgraph.eval;

import io.newsgraph.extract.Article;
import io.newsgraph.ingest.Page;
import io.newsgraph.ingest.PageType;
import io.newsgraph.pipeline.ProcessedPage;
import io.newsgraph.store.NewsStore;
import io.newsgraph.store.StoreException;
import io.newsgraph.stories.StoryArticle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Synthetic story articles given the page ids of a new store, for measuring and testing the stories stage
 * through the store without extraction and entity resolution in front of it: each article gets a page of
 * its own, and its id becomes that page's id, as the stage names stored articles.
 */
public final class StoredStories {
    private StoredStories() {}

    /** The articles, renamed to the page ids a fresh store gives them in order, and the truth renamed alike. */
    public record Renamed(List<StoryArticle> articles, Map<String, String> truth) {}

    /**
     * Writes one page per article into {@code db}, which must be new (page ids are then 1, 2, 3 … in writing
     * order), and returns the articles named by those ids.
     */
    public static Renamed write(NewsStore db, List<StoryArticle> articles, Map<String, String> truth) throws StoreException {
        if (db.counts().articles() != 0) throw new IllegalArgumentException("the store must be new");
        List<StoryArticle> renamed = new ArrayList<>(articles.size());
        Map<String, String> renamedTruth = new HashMap<>();
        List<ProcessedPage> batch = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            StoryArticle a = articles.get(i);
            String id = Long.toString(i + 1);
            renamed.add(new StoryArticle(id, a.outlet(), a.published(), a.title(), a.text(), a.statements(), a.entities(),
                    a.creditedSource()));
            renamedTruth.put(id, truth.get(a.id()));
            Page page = new Page("synthetic/" + a.id(), null, PageType.TEXT, a.title(), "synthetic-" + a.id());
            batch.add(ProcessedPage.ok(page, Article.builder(page.source()).title(a.title()).build(), List.of(), List.of()));
            if (batch.size() == 1000 || i == articles.size() - 1) {
                db.write(batch, List.of());
                batch.clear();
            }
        }
        if (db.counts().articles() != articles.size()) throw new IllegalStateException("pages were not all written");
        return new Renamed(renamed, renamedTruth);
    }
}
