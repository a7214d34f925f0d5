package io.newsgraph.stories;

/**
 * Decides whether two articles report the same event, from evidence a reader would accept:
 * <ul>
 *   <li>one nearly copies the other (shingle Jaccard ≥ {@code nearDuplicate}); or</li>
 *   <li>they share an entity and two statements (the same words in two translations count, through the
 *   sentence encoder), or one statement and some vocabulary; or</li>
 *   <li>they share two entities and much vocabulary (the same event told without quotes).</li>
 * </ul>
 * Sharing entities and a date alone is never enough: the same people are in the news every day.
 */
final class LinkRule {
    /** Content-word Jaccard that, beside one shared statement, makes a link strong (synthetic stream: see package-info). */
    static final double STRONG_WORDS = 0.2;
    private final StoryOptions options;
    private final double sameStatement;

    LinkRule(StoryOptions options, double sameStatement) {
        this.options = options;
        this.sameStatement = sameStatement;
    }

    record Evidence(boolean linked, boolean nearDuplicate, double jaccard, double words, int statements, int entities) {
        /** Enough to merge two stories: a copy, two shared statements, or one and shared vocabulary. */
        boolean strong() {
            return linked && (nearDuplicate || statements >= 2 || (statements == 1 && words >= STRONG_WORDS));
        }

        /** Orders linked candidates: copies first, then shared statements, then shared vocabulary. */
        double score() {
            return (nearDuplicate ? 10 : 0) + statements + words + 0.01 * entities;
        }
    }

    Evidence compare(ArticleFeatures a, ArticleFeatures b) {
        double jaccard = MinHash.jaccard(a.text().shingles(), b.text().shingles());
        double words = MinHash.jaccard(a.text().words(), b.text().words());
        int entities = a.sharedEntities(b);
        boolean nearDuplicate = jaccard >= options.nearDuplicate();
        int statements = nearDuplicate || entities == 0 ? 0
                : StatementMatching.pairs(a.statements(), b.statements(), sameStatement).size();
        boolean linked = nearDuplicate
                || (entities >= 1 && (statements >= 2 || (statements == 1 && words >= options.wordsWithStatement())))
                || (entities >= 2 && words >= options.wordsAlone());
        return new Evidence(linked, nearDuplicate, jaccard, words, statements, entities);
    }
}
