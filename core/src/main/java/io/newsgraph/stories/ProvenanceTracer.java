package io.newsgraph.stories;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a story's {@link Provenance} from its articles: a pure function of the articles given, so the
 * store can call it on demand for {@code story <id>} rather than keep it up to date.
 */
public final class ProvenanceTracer {
    private final OriginFinder origins = new OriginFinder();
    private final StatementAligner aligner;

    public ProvenanceTracer(StatementAligner aligner) {
        this.aligner = aligner;
    }

    public Provenance trace(List<StoryArticle> story) {
        if (story.isEmpty()) throw new IllegalArgumentException("a story has at least one article");
        List<StoryArticle> sorted = story.stream().sorted(ByTime.ORDER).toList();
        StoryArticle head = sorted.get(0);
        List<Origin> stated = new ArrayList<>();
        for (StoryArticle a : sorted) stated.addAll(origins.find(a));
        List<Provenance.Report> later = new ArrayList<>();
        for (StoryArticle a : sorted.subList(1, sorted.size())) later.add(report(a, head));
        return new Provenance(stated, report(head, head), later, aligner.alignStory(sorted));
    }

    private static Provenance.Report report(StoryArticle a, StoryArticle head) {
        return new Provenance.Report(a.id(), a.outletLabel(), a.published(), Duration.between(head.published(), a.published()));
    }
}
