package io.newsgraph.pipeline;

import io.newsgraph.store.NewsStore;
import io.newsgraph.store.StoreException;
import io.newsgraph.store.StoredArticles;
import io.newsgraph.store.StoryTables;
import io.newsgraph.store.StoryTables.Placement;
import io.newsgraph.store.StoryTables.Rename;
import io.newsgraph.stories.BatchEncoder;
import io.newsgraph.stories.SentenceEncoder;
import io.newsgraph.stories.StoryStatement;
import io.newsgraph.stories.StoryArticle;
import io.newsgraph.stories.StoryAssignment;
import io.newsgraph.stories.StoryClusterer;
import io.newsgraph.stories.StoryOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The stories stage: places each stored article whose entities are resolved into a story, one writer, in
 * page order, a chunk per transaction. A new process does not rebuild the clusterer: before each chunk
 * it loads the placed articles of the days the chunk's window reaches that it does not hold yet, so an
 * ingest costs its own articles and their neighbours in time, however large the store. Adding in the
 * same order with the same window gives the same stories as one clusterer that saw everything, which is
 * what {@link #rebuild} does. Not thread-safe.
 */
public final class StoryStage {
    private static final int CHUNK = 1000;

    private final NewsStore store;
    private final StoryTables tables;
    private final BatchEncoder encoder;
    private final StoryOptions options;
    private final TreeSet<Long> loadedDays = new TreeSet<>();
    private StoryClusterer clusterer;
    /** Articles placed at or after this position were added by this process's clusterer: never load them. */
    private long firstOwnPosition;

    public StoryStage(NewsStore store, SentenceEncoder encoder, StoryOptions options) {
        this.store = store;
        this.tables = new StoryTables(store);
        this.encoder = new BatchEncoder(encoder);
        this.options = options;
    }

    /** Places every article waiting for a story; returns how many were looked at. */
    public long placePending(Progress progress) throws StoreException {
        long total = tables.pendingCount();
        long done = 0;
        for (List<Long> chunk = tables.pending(CHUNK); !chunk.isEmpty(); chunk = tables.pending(CHUNK)) {
            place(chunk);
            done += chunk.size();
            progress.update(done, total, done, 0, 0);
        }
        return done;
    }

    /** Forgets every story and places every article again, from its stored text, statements and entities. */
    public long rebuild(Progress progress) throws StoreException {
        tables.clear();
        clusterer = null;
        loadedDays.clear();
        return placePending(progress);
    }

    private void place(List<Long> chunk) throws StoreException {
        StoredArticles stored = new StoredArticles(store);
        List<StoryArticle> articles = new ArrayList<>();
        List<Long> unplaceable = new ArrayList<>();
        for (long id : chunk) {
            StoredArticles.Stored s = stored.stored(id);
            StoryArticle a = s == null || !s.article().isArticle() ? null
                    : StoryInput.of(Long.toString(id), s.article(), s.statements(), s.mentions(), s.mentionEntities());
            if (a == null) unplaceable.add(id); else articles.add(a);
        }
        place(articles, unplaceable);
    }

    /**
     * Places articles given whole, as {@link #placePending} places the stored ones, in one transaction; for
     * benchmarks that bring their own articles. Each article's id is the page id of a stored page.
     *
     * @param unplaceable page ids of pending articles that can have no story, marked so
     */
    public void place(List<StoryArticle> articles, List<Long> unplaceable) throws StoreException {
        StoryClusterer c = clusterer();
        encoder.prepare(articles.stream().flatMap(a -> a.statements().stream()).map(StoryStatement::text).toList());
        for (StoryArticle a : articles) load(a.day().toEpochDay());
        List<Rename> renames = new ArrayList<>();
        List<StoryAssignment> assignments = new ArrayList<>();
        for (StoryArticle a : articles) {
            StoryAssignment assignment = c.add(a);
            for (String absorbed : assignment.absorbed()) {
                renames.add(new Rename(Long.parseLong(absorbed), Long.parseLong(assignment.storyId()), c.storyPosition(a.id())));
            }
            assignments.add(assignment);
        }
        List<Placement> placed = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            StoryArticle a = articles.get(i);
            StoryAssignment s = assignments.get(i);
            placed.add(new Placement(Long.parseLong(a.id()), c.position(a.id()), a.day().toEpochDay(),
                    Long.parseLong(c.storyOf(a.id()).orElseThrow()), c.storyPosition(a.id()), pageId(s.linkedTo()),
                    pageId(s.nearDuplicateOf()), s.jaccard(), s.wordJaccard(), s.sharedStatements(), s.sharedEntities(),
                    c.features(a.id())));
        }
        encoder.clear();
        tables.write(renames, placed, unplaceable);
    }

    /** Loads the stored articles of the days an article of {@code day} is compared with, where not loaded yet. */
    private void load(long day) throws StoreException {
        long from = day - options.windowDays(), to = day + options.windowDays();
        for (long d = from; d <= to; d++) {
            if (loadedDays.contains(d)) continue;
            long end = d;
            while (end + 1 <= to && !loadedDays.contains(end + 1)) end++;
            try {
                clusterer.load(tables.placed(d, end, firstOwnPosition));
            } catch (IllegalArgumentException e) {
                throw new StoreException("cannot load stories: " + e.getMessage()
                        + "; 'newsgraph stories --rebuild' places every article again", e);
            }
            for (long x = d; x <= end; x++) loadedDays.add(x);
            d = end;
        }
    }

    private StoryClusterer clusterer() throws StoreException {
        if (clusterer == null) {
            firstOwnPosition = tables.nextPosition();
            clusterer = new StoryClusterer(options, encoder, firstOwnPosition);
        }
        return clusterer;
    }

    private static Long pageId(String articleId) {
        return articleId == null ? null : Long.parseLong(articleId);
    }
}
