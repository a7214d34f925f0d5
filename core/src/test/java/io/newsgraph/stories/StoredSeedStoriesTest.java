package io.newsgraph.stories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsgraph.eval.SharedDir;
import io.newsgraph.ingest.PageReader;
import io.newsgraph.ingest.SourceFiles;
import io.newsgraph.pipeline.EntityStage;
import io.newsgraph.pipeline.IngestPipeline;
import io.newsgraph.pipeline.PageProcessor;
import io.newsgraph.pipeline.Progress;
import io.newsgraph.pipeline.StoryReport;
import io.newsgraph.pipeline.StoryReports;
import io.newsgraph.pipeline.StoryStage;
import io.newsgraph.store.NewsStore;
import io.newsgraph.store.StoreException;
import io.newsgraph.store.StoredArticles;
import io.newsgraph.store.StoryQueries;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories through the store as ingest makes them: the seeds ingested in two runs (the second run's stage
 * loads what the first placed) group as gold.json's stories say, the same as one run and as a rebuild;
 * and the report of the story with two outlets aligns the statements its gold notes say the outlets share.
 */
class StoredSeedStoriesTest {
    private static final List<String> SHARED_PHRASES = List.of("the moment of final victory", "long-term confrontation");
    private static JsonNode gold;
    private static List<String> files;

    @TempDir static Path dir;

    @BeforeAll
    static void readGold() throws Exception {
        gold = SeedStories.gold();
        files = new ArrayList<>();
        for (JsonNode doc : gold.get("documents")) files.add(SharedDir.seeds().resolve(doc.get("file").asText()).toString());
    }

    private static void ingest(Path store, List<String> paths) throws StoreException {
        try (NewsStore db = NewsStore.open(store)) {
            new IngestPipeline(db, new PageReader(), new PageProcessor(), 1, 50, Progress.NONE).run(SourceFiles.expand(paths));
            new EntityStage(db).resolvePending(Progress.NONE);
            new StoryStage(db, new MiniLmEncoder(), StoryOptions.DEFAULTS).placePending(Progress.NONE);
        }
    }

    /** File name → the file name of its story's first article, comparable across stores. */
    private static Map<String, String> stories(Path store) throws StoreException {
        try (NewsStore db = NewsStore.open(store)) {
            Map<Long, String> byPage = new StoryQueries(db).storiesByArticle();
            Map<Long, String> names = new HashMap<>();
            new StoredArticles(db).forEach(a -> names.put(a.pageId(), Path.of(a.article().source()).getFileName().toString()));
            Map<String, String> out = new HashMap<>();
            byPage.forEach((page, story) -> out.put(names.get(page), names.get(Long.parseLong(story.substring(1)))));
            return out;
        }
    }

    @Test
    void twoRunsGroupAsGoldAndAsOneRunAndARebuild() throws Exception {
        Path twoRuns = dir.resolve("two-runs"), oneRun = dir.resolve("one-run");
        ingest(twoRuns, files.subList(0, 2));
        ingest(twoRuns, files.subList(2, files.size()));
        ingest(oneRun, files);
        Map<String, String> incremental = stories(twoRuns);
        assertThat(incremental).hasSize(files.size());
        for (JsonNode a : gold.get("stories")) {
            for (JsonNode b : gold.get("stories")) {
                for (JsonNode fa : a.get("files")) {
                    for (JsonNode fb : b.get("files")) {
                        boolean together = incremental.get(fa.asText()).equals(incremental.get(fb.asText()));
                        assertThat(together).as(fa.asText() + " and " + fb.asText()).isEqualTo(a == b);
                    }
                }
            }
        }
        assertThat(stories(oneRun)).isEqualTo(incremental);
        try (NewsStore db = NewsStore.open(twoRuns)) {
            new StoryStage(db, new MiniLmEncoder(), StoryOptions.DEFAULTS).rebuild(Progress.NONE);
        }
        assertThat(stories(twoRuns)).isEqualTo(incremental);
    }

    @Test
    void theReportOfTheStoryWithTwoOutletsAlignsTheSharedStatements() throws Exception {
        Path store = dir.resolve("report");
        ingest(store, files);
        try (NewsStore db = NewsStore.open(store)) {
            StoryQueries.Summary story = new StoryQueries(db).list(2, 10).get(0);
            Optional<StoryReport> report = new StoryReports(db, new MiniLmEncoder(), FramingLexicon.middleEast()).report(story.id());
            assertThat(report).isPresent();
            assertThat(report.get().articles()).hasSize(2);
            List<AlignedStatement> aligned = report.get().provenance().aligned();
            for (String phrase : SHARED_PHRASES) {
                assertThat(aligned).as(phrase).anySatisfy(s -> {
                    assertThat(s.firstText().text().toLowerCase(Locale.ROOT)).contains(phrase);
                    assertThat(s.secondText().text().toLowerCase(Locale.ROOT)).contains(phrase.substring(phrase.lastIndexOf(' ') + 1));
                });
            }
            assertThat(report.get().provenance().later()).singleElement().satisfies(r -> assertThat(r.lag()).isPositive());
            assertThat(report.get().framing().rows()).isNotEmpty();
        }
    }
}
