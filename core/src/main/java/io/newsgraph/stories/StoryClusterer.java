package io.newsgraph.stories;

import java.util.ArrayList;
import java.util.Comparator;
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
 * article links stories that were apart, they merge; a story is named after its first article, so a
 * merged story keeps the oldest name and the assignment says which names it absorbed. Adding the same
 * articles in the same order gives the same stories: no hash order, clock or randomness decides anything.
 *
 * <p>A clusterer needs only the articles of the window around the ones it adds: a store {@link #load}s
 * those it placed before (their saved {@link #features} and stories) and the clusterer goes on exactly
 * as the one that placed them would have, because every choice is ordered by the position an article
 * was added at, never by when it was loaded.
 *
 * <p>Not thread-safe: one writer adds, as the store's single writer does.
 */
public final class StoryClusterer {
    private final MinHash minHash;
    private final SentenceEncoder encoder;
    private final LinkRule rule;
    private final CandidateIndex index;
    private final List<ArticleFeatures> articles = new ArrayList<>();
    private final List<Long> positions = new ArrayList<>();
    private final Map<String, Integer> indexes = new HashMap<>();
    private final Map<String, StoryAssignment> assignments = new HashMap<>();
    /** Some article of each story, by story name, to join loaded articles to their stories. */
    private final Map<String, Integer> storyMembers = new HashMap<>();
    private final StoryForest forest = new StoryForest();
    private long nextPosition;

    public StoryClusterer(StoryOptions options, SentenceEncoder encoder) {
        this(options, encoder, 0);
    }

    /** A clusterer whose first added article takes position {@code nextPosition} (the store's count so far). */
    public StoryClusterer(StoryOptions options, SentenceEncoder encoder, long nextPosition) {
        this.minHash = new MinHash(options.signatureSize());
        this.encoder = encoder;
        this.rule = new LinkRule(options, encoder.sameStatement());
        this.index = new CandidateIndex(options);
        this.nextPosition = nextPosition;
    }

    /**
     * Places the article in a story and returns where and why; adding an id added before returns its first
     * placement.
     *
     * @throws IllegalStateException when the article was placed by an earlier clusterer and loaded here
     */
    public StoryAssignment add(StoryArticle article) {
        if (indexes.containsKey(article.id())) {
            StoryAssignment known = assignments.get(article.id());
            if (known == null) throw new IllegalStateException("article " + article.id() + " was placed before");
            return known;
        }
        ArticleFeatures f = ArticleFeatures.of(article, minHash, encoder);
        LinkRule.Evidence best = null;
        int bestIndex = -1;
        TreeSet<Integer> linkedRoots = new TreeSet<>();
        for (int c : index.candidates(f, positions::get)) {
            LinkRule.Evidence e = rule.compare(f, articles.get(c));
            if (!e.linked()) continue;
            if (e.strong()) linkedRoots.add(forest.root(c));
            if (best == null || e.score() > best.score() || (e.score() == best.score() && positions.get(c) < positions.get(bestIndex))) {
                best = e;
                bestIndex = c;
            }
        }
        // The article joins its best link's story; it merges other stories only on strong evidence, because
        // one weak false link would otherwise join two whole stories.
        if (best != null) linkedRoots.add(forest.root(bestIndex));
        List<Integer> byAge = linkedRoots.stream().sorted(Comparator.comparingLong(forest::firstPosition)).toList();
        List<String> absorbed = byAge.stream().skip(1).map(forest::name).toList();
        int added = append(f, nextPosition, nextPosition, article.id());
        nextPosition++;
        for (int root : byAge) forest.union(root, added);
        String storyId = forest.name(forest.root(added));
        storyMembers.put(storyId, added);
        StoryAssignment assignment = best == null ? StoryAssignment.alone(article.id()) : new StoryAssignment(article.id(),
                storyId, articles.get(bestIndex).id(), best.nearDuplicate() ? articles.get(bestIndex).id() : null,
                best.jaccard(), best.words(), best.statements(), best.entities(), absorbed);
        assignments.put(article.id(), assignment);
        return assignment;
    }

    /** Takes in articles an earlier clusterer placed, in any order; those already here are skipped. */
    public void load(List<PlacedArticle> placed) {
        for (PlacedArticle p : placed.stream().sorted(Comparator.comparingLong(PlacedArticle::position)).toList()) {
            ArticleFeatures f = FeaturesCodec.decode(p.features(), encoder);
            if (indexes.containsKey(f.id())) continue;
            int loaded = append(f, p.position(), p.storyPosition(), p.storyId());
            Integer member = storyMembers.putIfAbsent(p.storyId(), loaded);
            if (member != null) forest.union(member, loaded);
            nextPosition = Math.max(nextPosition, p.position() + 1);
        }
    }

    private int append(ArticleFeatures f, long position, long storyPosition, String storyName) {
        int i = articles.size();
        articles.add(f);
        positions.add(position);
        indexes.put(f.id(), i);
        forest.add(i, storyPosition, storyName);
        index.add(i, f);
        return i;
    }

    /** The saved form of an added article's features, for {@link PlacedArticle#features}. */
    public byte[] features(String articleId) {
        return FeaturesCodec.encode(articles.get(require(articleId)), encoder);
    }

    /** The position the article was added at. */
    public long position(String articleId) {
        return positions.get(require(articleId));
    }

    /** The position of the first article of the article's story. */
    public long storyPosition(String articleId) {
        return forest.firstPosition(forest.root(require(articleId)));
    }

    /** The article's story now (a later article may have merged it into an older story). */
    public Optional<String> storyOf(String articleId) {
        Integer i = indexes.get(articleId);
        return i == null ? Optional.empty() : Optional.of(forest.name(forest.root(i)));
    }

    /** How the article was placed when this clusterer added it. */
    public Optional<StoryAssignment> assignment(String articleId) {
        return Optional.ofNullable(assignments.get(articleId));
    }

    /** The article ids of a story held here in the order they were added, or an empty list for an unknown or absorbed id. */
    public List<String> members(String storyId) {
        Integer i = storyMembers.get(storyId);
        if (i == null || !forest.name(forest.root(i)).equals(storyId)) return List.of();
        return forest.members(forest.root(i)).stream().sorted(Comparator.comparingLong(positions::get))
                .map(m -> articles.get(m).id()).toList();
    }

    public int size() {
        return articles.size();
    }

    private int require(String articleId) {
        Integer i = indexes.get(articleId);
        if (i == null) throw new IllegalArgumentException("unknown article " + articleId);
        return i;
    }
}
