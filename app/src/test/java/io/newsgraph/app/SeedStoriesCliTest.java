package io.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The story commands on the ingested seeds, against gold.json's stories: 'stories' lists the one story of
 * two articles, 'story' shows it with both outlets, a lag and aligned statements, and export's 'story'
 * field groups the pages as the gold does.
 */
class SeedStoriesCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path dir;
    static String db;
    static JsonNode gold;

    @BeforeAll
    static void ingest() throws IOException {
        db = dir.resolve("db").toString();
        assertThat(CliRun.of("ingest", "--db", db, SharedData.seeds().toString()).exit()).isZero();
        gold = JSON.readTree(SharedData.seeds().resolve("gold.json").toFile());
    }

    private static long goldStoriesOfAtLeastTwo() {
        long n = 0;
        for (JsonNode s : gold.get("stories")) if (s.get("files").size() >= 2) n++;
        return n;
    }

    @Test
    void storiesListsTheGoldStoriesOfSeveralArticles() throws IOException {
        CliRun run = CliRun.of("stories", "--db", db, "--json");
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines().count()).isEqualTo(goldStoriesOfAtLeastTwo());
        JsonNode story = JSON.readTree(run.out().lines().findFirst().orElseThrow());
        assertThat(story.get("articles").asInt()).isEqualTo(2);
        assertThat(story.get("id").asText()).startsWith("S");

        CliRun all = CliRun.of("stories", "--db", db, "--min-articles", "1");
        assertThat(all.out().lines().count()).isEqualTo(gold.get("stories").size());
    }

    @Test
    void storyShowsBothOutletsTheLagAndTheAlignedStatements() throws IOException {
        String id = JSON.readTree(CliRun.of("stories", "--db", db, "--json").out().lines().findFirst().orElseThrow()).get("id").asText();
        CliRun run = CliRun.of("story", "--db", db, "--json", id);
        assertThat(run.exit()).isZero();
        JsonNode story = JSON.readTree(run.out());
        assertThat(story.get("articles")).hasSize(2);
        assertThat(story.get("provenance").get("later").get(0).get("lag_seconds").asLong()).isPositive();
        assertThat(story.get("aligned").size()).isGreaterThanOrEqualTo(2);
        assertThat(story.get("framing").get("rows").size()).isPositive();

        CliRun text = CliRun.of("story", "--db", db, id);
        assertThat(text.out()).contains("statements the outlets share").contains("terms used");
    }

    @Test
    void anUnknownStoryIsAnErrorOnStderr() {
        CliRun run = CliRun.of("story", "--db", db, "S999999");
        assertThat(run.exit()).isNotZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no story S999999");
    }

    @Test
    void exportGroupsThePagesAsTheGoldStories() throws IOException {
        Map<String, String> story = new HashMap<>();
        for (String line : CliRun.of("export", "--db", db).out().lines().toList()) {
            JsonNode a = JSON.readTree(line);
            story.put(Path.of(a.get("source").asText()).getFileName().toString(), a.get("story").asText());
        }
        for (JsonNode a : gold.get("stories")) {
            for (JsonNode b : gold.get("stories")) {
                for (JsonNode fa : a.get("files")) {
                    for (JsonNode fb : b.get("files")) {
                        assertThat(story.get(fa.asText()).equals(story.get(fb.asText()))).as(fa + " " + fb).isEqualTo(a == b);
                    }
                }
            }
        }
    }
}
