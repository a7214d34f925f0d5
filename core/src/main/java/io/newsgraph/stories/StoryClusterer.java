package io.newsgraph.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Groups articles about one event into stories, incrementally: {@link #add} compares a new article only
 * with the candidates its {@link CandidateIndex} keys find in the date window, and links it to every one
 * that passes {@link LinkRule}. Linked articles share a story (single link, like the transitive "same
 * event" a reader infers: A and C may share no statement and still both share one with B). When a new
 * article links stories that were apart, they merge; a story is named after its earliest article, so a
 * merged story keeps the oldest name and the assignment says which names it absorbed. Adding the same
 * articles in the same order gives the same stories: no hash order, clock or randomness decides anything.
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
    private final StoryForest forest = new StoryForest();

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
        TreeSet<Integer> strongStories = new TreeSet<>();
        for (int c : index.candidates(f)) {
            LinkRule.Evidence e = rule.compare(f, articles.get(c));
            if (!e.linked()) continue;
            if (e.strong()) strongStories.add(forest.root(c));
            if (best == null || e.score() > best.score() || (e.score() == best.score() && c < bestIndex)) {
                best = e;
                bestIndex = c;
            }
        }
        // The article joins its best link's story; it merges other stories only on strong evidence, because
        // one weak false link would otherwise join two whole stories.
        TreeSet<Integer> linkedStories = new TreeSet<>(strongStories);
        if (best != null) linkedStories.add(forest.root(bestIndex));
        int position = articles.size();
        forest.add(position);
        List<String> absorbed = new ArrayList<>();
        for (int root : linkedStories) {
            int kept = forest.union(root, position);
            if (root != linkedStories.first()) absorbed.add(articles.get(root).id());
            assert kept == linkedStories.first();
        }
        String storyId = linkedStories.isEmpty() ? article.id() : articles.get(linkedStories.first()).id();
        StoryAssignment assignment = best == null ? StoryAssignment.alone(article.id()) : new StoryAssignment(article.id(),
                storyId, articles.get(bestIndex).id(), best.nearDuplicate() ? articles.get(bestIndex).id() : null,
                best.jaccard(), best.words(), best.statements(), best.entities(), absorbed);
        articles.add(f);
        assignments.add(assignment);
        positions.put(article.id(), position);
        index.add(position, f);
        return assignment;
    }

    /** The article's story now (a later article may have merged it into an older story). */
    public Optional<String> storyOf(String articleId) {
        Integer p = positions.get(articleId);
        return p == null ? Optional.empty() : Optional.of(articles.get(forest.root(p)).id());
    }

    /** How the article was placed when it was added. */
    public Optional<StoryAssignment> assignment(String articleId) {
        Integer p = positions.get(articleId);
        return p == null ? Optional.empty() : Optional.of(assignments.get(p));
    }

    /** The article ids of a story in the order they were added, or an empty list for an unknown or absorbed id. */
    public List<String> members(String storyId) {
        Integer p = positions.get(storyId);
        if (p == null || forest.root(p) != p) return List.of();
        return forest.members(p).stream().map(i -> articles.get(i).id()).toList();
    }

    public int size() {
        return articles.size();
    }
}
