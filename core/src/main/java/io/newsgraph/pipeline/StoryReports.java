package io.newsgraph.pipeline;

import io.newsgraph.entities.ArticleEntity;
import io.newsgraph.store.EntityQueries;
import io.newsgraph.store.NewsStore;
import io.newsgraph.store.StoreException;
import io.newsgraph.store.StoredArticles;
import io.newsgraph.store.StoryQueries;
import io.newsgraph.stories.ByTime;
import io.newsgraph.stories.FramingCounter;
import io.newsgraph.stories.FramingLexicon;
import io.newsgraph.stories.ProvenanceTracer;
import io.newsgraph.stories.SentenceEncoder;
import io.newsgraph.stories.StatementAligner;
import io.newsgraph.stories.StoryArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link StoryReport} from the store on demand: provenance and framing are pure functions of a
 * story's articles, so they are computed when asked for rather than kept up to date on every ingest.
 */
public final class StoryReports {
    private final NewsStore store;
    private final StatementAligner aligner;
    private final FramingCounter framing;

    public StoryReports(NewsStore store, SentenceEncoder encoder, FramingLexicon lexicon) {
        this.store = store;
        this.aligner = new StatementAligner(encoder);
        this.framing = new FramingCounter(lexicon);
    }

    /** The story with id {@code storyId} ("S12"), or empty when there is none. */
    public Optional<StoryReport> report(String storyId) throws StoreException {
        List<StoryQueries.Member> members = new StoryQueries(store).members(storyId);
        if (members.isEmpty()) return Optional.empty();
        StoredArticles stored = new StoredArticles(store);
        EntityQueries entities = new EntityQueries(store);
        record Placed(StoryReport.Entry entry, StoryArticle article) {}
        List<Placed> placed = new ArrayList<>();
        for (StoryQueries.Member m : members) {
            StoredArticles.Stored s = stored.stored(m.pageId());
            if (s == null) continue;
            // named, not numbered: a reader compares "Ziyad al-Nakhalah" across outlets, not E17
            Map<String, ArticleEntity> names = entities.names(s.mentionEntities());
            List<String> named = new ArrayList<>();
            for (String id : s.mentionEntities()) named.add(id == null || !names.containsKey(id) ? id : names.get(id).name());
            StoryArticle a = StoryInput.of(Long.toString(m.pageId()), s.article(), s.statements(), s.mentions(), named);
            if (a == null) continue; // placed once, then re-extracted without a date: no longer in a window
            placed.add(new Placed(new StoryReport.Entry(m.pageId(), s.article(), m), a));
        }
        if (placed.isEmpty()) return Optional.empty();
        placed.sort(Comparator.comparing(Placed::article, ByTime.ORDER));
        List<StoryArticle> articles = placed.stream().map(Placed::article).toList();
        List<StoryReport.Entry> entries = placed.stream().map(Placed::entry).toList();
        return Optional.of(new StoryReport(StoryQueries.id(members.get(0).pageId()), entries,
                new ProvenanceTracer(aligner).trace(articles), framing.count(articles)));
    }
}
