package io.newsgraph.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsgraph.ingest.PageReader;
import io.newsgraph.ingest.SourceFiles;
import io.newsgraph.pipeline.EntityStage;
import io.newsgraph.pipeline.IngestPipeline;
import io.newsgraph.pipeline.PageProcessor;
import io.newsgraph.pipeline.Progress;
import io.newsgraph.store.EntityQueries;
import io.newsgraph.store.NewsStore;
import io.newsgraph.store.StoreException;
import io.newsgraph.store.StoredArticles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entities through the store: the seeds ingested in two runs (so the second run goes on from the saved
 * resolver), scored against the gold as {@code score_seeds.py entities} does, compared with a rebuild,
 * and users' corrections kept across a rebuild. Every expectation comes from gold.json and
 * seed_entities.json.
 */
class StoredEntitiesTest {
    private static final PageProcessor PROCESSOR = new PageProcessor();
    private static JsonNode spec;
    private static List<String> files;

    @TempDir Path dir;

    @BeforeAll
    static void readGold() throws Exception {
        spec = SeedArticles.json("score/seed_entities.json");
        files = new ArrayList<>();
        for (JsonNode doc : SeedArticles.json("gold.json").get("documents")) {
            files.add(SeedArticles.seeds().resolve(doc.get("file").asText()).toString());
        }
    }

    /** One ingest run as the CLI does it: pages on one worker (a fixed order), then the entity stage. */
    private static void ingest(Path store, List<String> paths) throws StoreException {
        try (NewsStore db = NewsStore.open(store)) {
            new IngestPipeline(db, new PageReader(), PROCESSOR, 1, 50, Progress.NONE).run(SourceFiles.expand(paths));
            new EntityStage(db).resolvePending(Progress.NONE);
        }
    }

    /** Per article, its entities as export prints them, in the scorer's shape. */
    private static List<List<EntityScorer.Output>> exported(Path store) throws StoreException {
        List<List<EntityScorer.Output>> out = new ArrayList<>();
        try (NewsStore db = NewsStore.open(store)) {
            Map<String, ArticleEntity> names = new EntityQueries(db).names();
            new StoredArticles(db).forEach(a -> out.add(ArticleEntities.of(a.mentions(), a.mentionEntities(), names::get).stream()
                    .map(e -> new EntityScorer.Output(e.name(), e.variants())).toList()));
        }
        return out;
    }

    private static List<EntityQueries.Summary> listed(Path store) throws StoreException {
        try (NewsStore db = NewsStore.open(store)) {
            return new EntityQueries(db).list(null, 100_000);
        }
    }

    private static void rebuild(Path store) throws StoreException {
        try (NewsStore db = NewsStore.open(store)) {
            new EntityStage(db).rebuild(Progress.NONE);
        }
    }

    @Test
    void incrementalIngestMatchesGoldAndARebuild() throws Exception {
        Path store = dir.resolve("db");
        ingest(store, files.subList(0, 2));
        ingest(store, files.subList(2, files.size()));

        EntityScorer.Score s = EntityScorer.score(spec, exported(store));
        s.misses().forEach(m -> System.out.println("  " + m));
        System.out.printf("stored entities: merged=%.3f apart=%.3f stretch=%.3f%n", s.merged(), s.apart(), s.stretch());
        assertThat(s.merged()).as("merged").isEqualTo(1.0);
        assertThat(s.apart()).as("apart").isEqualTo(1.0);

        List<EntityQueries.Summary> incremental = listed(store);
        rebuild(store);
        assertThat(listed(store)).as("a rebuild gives the same entities, ids included").isEqualTo(incremental);

        Path once = dir.resolve("once");
        ingest(once, files);
        assertThat(listed(once)).as("one run gives the same as two").isEqualTo(incremental);
    }

    @Test
    void correctionsAreKeptAcrossARebuild() throws Exception {
        Path store = dir.resolve("db");
        ingest(store, files);
        JsonNode merged = null;
        String form;
        try (NewsStore db = NewsStore.open(store)) {
            EntityStage stage = new EntityStage(db);
            EntityQueries q = new EntityQueries(db);
            for (JsonNode pair : spec.get("apart")) {
                try {
                    stage.merge(pair.get(0).asText(), pair.get(1).asText());
                    merged = pair;
                    break;
                } catch (StoreException typesDiffer) {
                    // a person and an organization cannot be merged; the next pair can
                }
            }
            assertThat(merged).as("some gold pair of one type").isNotNull();
            String group = spec.get("merge").fieldNames().next();
            String id = q.find(group);
            String name = q.summary(id).name();
            form = q.variants(id).keySet().stream().filter(v -> !v.equalsIgnoreCase(name)).findFirst().orElseThrow();
            stage.split(group, form);
            assertThatThrownBy(() -> stage.split(group, "no such form")).isInstanceOf(StoreException.class);
        }
        List<EntityQueries.Summary> corrected = listed(store);
        rebuild(store);
        List<EntityQueries.Summary> rebuilt = listed(store);
        assertThat(rebuilt).extracting(EntityQueries.Summary::name, EntityQueries.Summary::variants)
                .containsExactlyInAnyOrderElementsOf(corrected.stream().map(e -> org.assertj.core.groups.Tuple.tuple(e.name(), e.variants())).toList());
        // a split takes the form in any case ("Al-Nakhalah" and "al-Nakhalah"), and nothing else
        assertThat(rebuilt).filteredOn(e -> e.variants().containsKey(form)).singleElement()
                .satisfies(e -> assertThat(e.variants().keySet()).allMatch(form::equalsIgnoreCase));
        try (NewsStore db = NewsStore.open(store)) {
            EntityQueries q = new EntityQueries(db);
            assertThat(q.find(merged.get(0).asText())).as("still merged").isEqualTo(q.find(merged.get(1).asText()));
        }
    }
}
