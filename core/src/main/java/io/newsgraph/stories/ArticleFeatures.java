package io.newsgraph.stories;

import io.newsgraph.stories.SentenceEncoder.SentenceVector;
import java.util.List;

/**
 * What the clusterer keeps of one article, computed once when it arrives: its day, text signatures,
 * entities and encoded statements. Per-document, so the same code can run in a Spark task.
 */
record ArticleFeatures(String id, long day, TextFeatures text, List<String> entities, List<SentenceVector> statements) {

    static ArticleFeatures of(StoryArticle a, MinHash minHash, SentenceEncoder encoder) {
        List<SentenceVector> statements = a.statements().stream().map(s -> encoder.encode(s.text())).toList();
        return new ArticleFeatures(a.id(), a.day().toEpochDay(), TextFeatures.of(minHash, a.title(), a.text()),
                a.entities(), statements);
    }

    int sharedEntities(ArticleFeatures other) {
        int n = 0;
        for (String e : entities) if (other.entities.contains(e)) n++;
        return n;
    }
}
