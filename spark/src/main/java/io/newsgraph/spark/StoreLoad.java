package io.newsgraph.spark;

import io.newsgraph.pipeline.EntityStage;
import io.newsgraph.pipeline.ProcessedPage;
import io.newsgraph.pipeline.Progress;
import io.newsgraph.pipeline.StoryStage;
import io.newsgraph.store.NewsStore;
import io.newsgraph.store.StoreException;
import io.newsgraph.stories.StoryOptions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The job's optional bulk load into a newsgraph store (the SQLite store of {@code ingest}, at a path on the
 * driver): the processed pages, streamed to the driver in source order, are written with ingest's writer
 * ({@link NewsStore#write}, one transaction per batch of {@value #BATCH} pages, as {@code ingest}'s default
 * {@code --batch-size}), then the store's own cross-document stages run over what waits, as they run after
 * {@code ingest}: {@link EntityStage} then {@link StoryStage}, the latter given the statement vectors the
 * tasks computed ({@link TaskVectors}) rather than encoding every statement again. Pages already stored (same content) stay as
 * they are, so loading into an existing store adds to it as another ingest would.
 *
 * <p>Pages the reader could not read (no page, only a reason) are recorded as ingest's unreadable inputs;
 * pages read but not processed are stored as failed pages, with the stage and the reason. What ingest
 * alone records is not here: inputs given but missing (the job's listing fails on them instead), and
 * the skipped-record counts of WARC archives.
 */
final class StoreLoad {
    static final int BATCH = 200;

    /**
     * What a load wrote, and what the store's stages did after it: articles resolved and placed, statement
     * vectors taken from the tasks and statements encoded again on the driver (none when the load was into a
     * new store).
     */
    record Result(long added, long unchanged, long failed, long entitiesResolved, long storiesPlaced,
                  long vectorsReused, long statementsEncoded) {}

    private final NewsStore store;
    private final TaskVectors vectors;
    private final int batchSize;
    private long added;
    private long unchanged;
    private long failed;

    /** @param vectors the stories stage's sentence encoder: the tasks' vectors, else the job's encoder (ingest's is MiniLM) */
    StoreLoad(NewsStore store, TaskVectors vectors, int batchSize) {
        this.store = store;
        this.vectors = vectors;
        this.batchSize = Math.max(1, batchSize);
    }

    /**
     * @param articles the documents with an article, in source order (the order of the store's page ids,
     *                 which the cross-document stages follow)
     * @param others   the documents without one (failed or unreadable), in source order
     */
    Result load(Iterator<ProcessedDoc> articles, Iterator<ProcessedDoc> others, Progress progress) throws StoreException {
        List<ProcessedPage> pages = new ArrayList<>(batchSize);
        List<NewsStore.ReadFailure> unreadable = new ArrayList<>();
        for (Iterator<ProcessedDoc> docs : List.of(articles, others)) {
            while (docs.hasNext()) {
                ProcessedDoc d = docs.next();
                if (d.page() != null) pages.add(d.page());
                else unreadable.add(new NewsStore.ReadFailure(d.source(), d.failure()));
                if (pages.size() + unreadable.size() >= batchSize) flush(pages, unreadable);
            }
        }
        flush(pages, unreadable);
        long entities = new EntityStage(store).resolvePending(progress);
        long stories = new StoryStage(store, vectors, StoryOptions.DEFAULTS).placePending(progress);
        return new Result(added, unchanged, failed, entities, stories, vectors.reused(), vectors.encoded());
    }

    private void flush(List<ProcessedPage> pages, List<NewsStore.ReadFailure> unreadable) throws StoreException {
        if (pages.isEmpty() && unreadable.isEmpty()) return;
        List<NewsStore.Outcome> outcomes = store.write(pages, unreadable);
        for (int i = 0; i < outcomes.size(); i++) {
            if (pages.get(i).article() == null) failed++;
            else if (outcomes.get(i) == NewsStore.Outcome.UNCHANGED) unchanged++;
            else added++;
        }
        failed += unreadable.size();
        pages.clear();
        unreadable.clear();
    }
}
