package io.newsgraph.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.eval.BCubed;
import io.newsgraph.eval.StoredStories;
import io.newsgraph.pipeline.StoryStage;
import io.newsgraph.store.NewsStore;
import io.newsgraph.store.StoreException;
import io.newsgraph.store.StoryQueries;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stories stage through the store gives exactly the stories of one in-memory clusterer that saw the
 * whole stream, whether one stage places every batch (a long ingest) or each batch gets a fresh stage
 * that loads only the stored articles of its window (a new process per ingest) — including merges of
 * stories whose first article was never loaded. And those stories score against the planted truth.
 */
class StoredStoryStreamTest {
    private static final int ARTICLES = 6_000;
    private static final int BATCH = 700; // not a divisor of a day's 250 articles, so batches cut days
    private static SyntheticStories.Stream stream;

    @TempDir Path dir;

    @BeforeAll
    static void generate() {
        stream = new SyntheticStories(7L).generate(ARTICLES);
    }

    @Test
    void aFreshStagePerBatchEqualsOneClustererOverTheWholeStream() throws Exception {
        check(dir.resolve("fresh"), true);
    }

    @Test
    void oneStageForEveryBatchEqualsOneClustererOverTheWholeStream() throws Exception {
        check(dir.resolve("running"), false);
    }

    private static void check(Path storeDir, boolean freshStagePerBatch) throws StoreException {
        try (NewsStore db = NewsStore.open(storeDir)) {
            StoredStories.Renamed renamed = StoredStories.write(db, stream.articles(), stream.truth());
            List<StoryArticle> articles = renamed.articles();
            StoryClusterer memory = new StoryClusterer(StoryOptions.DEFAULTS, new LexicalEncoder());
            articles.forEach(memory::add);

            StoryStage stage = null;
            for (int i = 0; i < articles.size(); i += BATCH) {
                if (stage == null || freshStagePerBatch) stage = new StoryStage(db, new LexicalEncoder(), StoryOptions.DEFAULTS);
                stage.place(articles.subList(i, Math.min(articles.size(), i + BATCH)), List.of());
            }

            Map<Long, String> stored = new StoryQueries(db).storiesByArticle();
            Map<String, String> predicted = new HashMap<>();
            int merged = 0;
            for (StoryArticle a : articles) {
                String expected = StoryQueries.id(Long.parseLong(memory.storyOf(a.id()).orElseThrow()));
                assertThat(stored.get(Long.parseLong(a.id()))).as("story of article " + a.id()).isEqualTo(expected);
                predicted.put(a.id(), expected);
                if (!memory.assignment(a.id()).orElseThrow().absorbed().isEmpty()) merged++;
            }
            assertThat(merged).as("articles that merged two stories (the renames are exercised)").isPositive();
            BCubed score = BCubed.score(predicted, renamed.truth());
            System.out.printf("stored stream (%s): %s, %d merges%n", freshStagePerBatch ? "fresh stage per batch" : "one stage", score, merged);
            assertThat(score.f1()).isGreaterThanOrEqualTo(0.95);
        }
    }
}
