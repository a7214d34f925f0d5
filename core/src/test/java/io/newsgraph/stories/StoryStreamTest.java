package io.newsgraph.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.eval.BCubed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clusters a synthetic stream of 20,000 articles ({@link SyntheticStories}: planted stories across outlets
 * with reworded statements, syndicated near-copies, look-alike events sharing speaker, participants,
 * topic and day) and scores it against the planted truth with B-cubed.
 */
class StoryStreamTest {
    private static SyntheticStories.Stream stream;
    private static Map<String, String> predicted;
    private static List<StoryAssignment> assignments;
    private static StoryClusterer clusterer;

    @BeforeAll
    static void cluster() {
        stream = new SyntheticStories(7L).generate(20_000);
        clusterer = new StoryClusterer(StoryOptions.DEFAULTS, new LexicalEncoder());
        assignments = stream.articles().stream().map(clusterer::add).toList();
        predicted = new HashMap<>();
        for (StoryArticle a : stream.articles()) predicted.put(a.id(), clusterer.storyOf(a.id()).orElseThrow());
    }

    @Test
    void findsThePlantedStories() {
        BCubed score = BCubed.score(predicted, stream.truth());
        System.out.println("synthetic stream: " + score);
        assertThat(stream.articles()).hasSizeGreaterThanOrEqualTo(20_000);
        assertThat(score.f1()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void rebuildingGivesTheSameStories() {
        StoryClusterer again = new StoryClusterer(StoryOptions.DEFAULTS, new LexicalEncoder());
        assertThat(stream.articles().stream().map(again::add).toList()).isEqualTo(assignments);
    }

    @Test
    void nearDuplicatesAreSyndicatedCopiesOfTheSameEvent() {
        List<StoryAssignment> copies = assignments.stream().filter(a -> a.nearDuplicate().isPresent()).toList();
        assertThat(copies).isNotEmpty();
        long right = copies.stream().filter(a -> stream.truth().get(a.articleId()).equals(stream.truth().get(a.nearDuplicateOf()))).count();
        System.out.printf("near-duplicates: %d, %d of the same event; lowest Jaccard %.2f%n", copies.size(), right,
                copies.stream().mapToDouble(StoryAssignment::jaccard).min().orElse(0));
        assertThat((double) right / copies.size()).isGreaterThanOrEqualTo(0.99);
    }
}
