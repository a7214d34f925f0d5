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
    private Map<String, ArticleEntity> names;

    public StoryReports(NewsStore store, SentenceEncoder encoder, FramingLexicon lexicon) {
        this.store = store;
        this.aligner = new StatementAligner(encoder);
        this.framing = new FramingCounter(lexicon);
    }

    private String nameOf(String entityId) throws StoreException {
        if (entityId == null) return null;
        if (names == null) names = new EntityQueries(store).names();
        ArticleEntity e = names.get(entityId);
        return e == null ? entityId : e.name();
    }

    /** The story with id {@code storyId} ("S12"), or empty when there is none. */
    public Optional<StoryReport> report(String storyId) throws StoreException {
        List<StoryQueries.Member> members = new StoryQueries(store).members(storyId);
        if (members.isEmpty()) return Optional.empty();
        StoredArticles stored = new StoredArticles(store);
        List<StoryReport.Entry> entries = new ArrayList<>();
        List<StoryArticle> articles = new ArrayList<>();
        for (StoryQueries.Member m : members) {
            StoredArticles.Stored s = stored.stored(m.pageId());
            if (s == null) continue;
            // named, not numbered: a reader compares "Ziyad al-Nakhalah" across outlets, not E17
            List<String> named = new ArrayList<>();
            for (String id : s.mentionEntities()) named.add(nameOf(id));
            StoryArticle a = StoryInput.of(Long.toString(m.pageId()), s.article(), s.statements(), s.mentions(), named);
            if (a == null) continue; // placed once, then re-extracted without a date: no longer in a window
            entries.add(new StoryReport.Entry(m.pageId(), s.article(), m));
            articles.add(a);
        }
        if (articles.isEmpty()) return Optional.empty();
        articles.sort(ByTime.ORDER);
        List<String> order = articles.stream().map(StoryArticle::id).toList();
        entries.sort(Comparator.comparingInt(e -> order.indexOf(Long.toString(e.pageId()))));
        return Optional.of(new StoryReport(StoryQueries.id(members.get(0).pageId()), entries,
                new ProvenanceTracer(aligner).trace(articles), framing.count(articles)));
    }
}
