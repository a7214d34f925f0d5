package io.newsgraph.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups articles about one event into stories, incrementally: {@link #add} compares a new article only
 * with the candidates its {@link CandidateIndex} keys find in the date window, links it to the best one
 * that passes {@link LinkRule}, and gives it that article's story, or a new story named after itself.
 * A story never splits or merges later, so ids given out stay valid; adding the same articles in the
 * same order gives the same stories (no hash order, clock or randomness decides anything).
 *
 * <p>Not thread-safe: one writer adds, as the store's single writer does.
 */
public final class StoryClusterer {
    private final MinHash minHash;
    private final SentenceEncoder encoder;
    private final LinkRule rule;
    private final CandidateIndex index;
    private final List<ArticleFeatures> articles = new ArrayList<>();
    private final List<StoryAssignment> assignments = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, List<String>> stories = new LinkedHashMap<>();

    public StoryClusterer(StoryOptions options, SentenceEncoder encoder) {
        this.minHash = new MinHash(options.signatureSize());
        this.encoder = encoder;
        this.rule = new LinkRule(options, encoder.sameStatement());
        this.index = new CandidateIndex(options);
    }

    /** Places the article in a story and returns where and why; adding a known id returns its first placement. */
    public StoryAssignment add(StoryArticle article) {
        Integer known = positions.get(article.id());
        if (known != null) return assignments.get(known);
        ArticleFeatures f = ArticleFeatures.of(article, minHash, encoder);
        LinkRule.Evidence best = null;
        int bestIndex = -1;
        for (int c : index.candidates(f)) {
            LinkRule.Evidence e = rule.compare(f, articles.get(c));
            if (!e.linked()) continue;
            if (best == null || e.score() > best.score() || (e.score() == best.score() && c < bestIndex)) {
                best = e;
                bestIndex = c;
            }
        }
        StoryAssignment assignment = best == null ? StoryAssignment.alone(article.id()) : new StoryAssignment(article.id(),
                assignments.get(bestIndex).storyId(), articles.get(bestIndex).id(),
                best.nearDuplicate() ? articles.get(bestIndex).id() : null,
                best.jaccard(), best.words(), best.statements(), best.entities());
        int position = articles.size();
        articles.add(f);
        assignments.add(assignment);
        positions.put(article.id(), position);
        stories.computeIfAbsent(assignment.storyId(), k -> new ArrayList<>()).add(article.id());
        index.add(position, f);
        return assignment;
    }

    public Optional<String> storyOf(String articleId) {
        Integer p = positions.get(articleId);
        return p == null ? Optional.empty() : Optional.of(assignments.get(p).storyId());
    }

    public Optional<StoryAssignment> assignment(String articleId) {
        Integer p = positions.get(articleId);
        return p == null ? Optional.empty() : Optional.of(assignments.get(p));
    }

    /** The article ids of a story in the order they were added, or an empty list. */
    public List<String> members(String storyId) {
        return List.copyOf(stories.getOrDefault(storyId, List.of()));
    }

    /** Every story id, in the order the stories started. */
    public List<String> storyIds() {
        return List.copyOf(stories.keySet());
    }

    public int size() {
        return articles.size();
    }
}
