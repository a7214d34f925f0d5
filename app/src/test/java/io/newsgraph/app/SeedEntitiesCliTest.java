package io.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entity commands on the ingested seeds, checked against the gold's groups of name variants
 * ({@code score/seed_entities.json}): a profile asked for by one spelling holds the others, export names
 * entities and speakers corpus-wide.
 */
class SeedEntitiesCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path dir;
    static String db;
    static JsonNode spec;

    @BeforeAll
    static void ingest() throws IOException {
        db = dir.resolve("db").toString();
        assertThat(CliRun.of("ingest", "--db", db, SharedData.seeds().toString()).exit()).isZero();
        spec = JSON.readTree(SharedData.seeds().resolve("score/seed_entities.json").toFile());
    }

    private static List<JsonNode> lines(String out) {
        return out.lines().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static Set<String> folded(Iterable<String> names) {
        Set<String> out = new HashSet<>();
        for (String n : names) out.add(n.toLowerCase(Locale.ROOT));
        return out;
    }

    @Test
    void aProfileAskedForByAnySpellingHoldsTheGoldVariants() {
        for (var it = spec.get("merge").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> group = it.next();
            List<String> variants = new java.util.ArrayList<>();
            group.getValue().forEach(v -> variants.add(v.asText()));
            String asked = variants.get(variants.size() - 1);
            CliRun run = CliRun.of("entity", "--db", db, "--json", asked);
            assertThat(run.exit()).as("entity " + asked).isZero();
            JsonNode profile = JSON.valueToTree(lines(run.out()).get(0));
            Set<String> written = new HashSet<>();
            profile.get("variants").forEach(v -> written.add(v.get("text").asText().toLowerCase(Locale.ROOT)));
            written.add(profile.get("name").asText().toLowerCase(Locale.ROOT));
            long found = folded(variants).stream().filter(written::contains).count();
            assertThat(found).as(group.getKey() + " asked as " + asked + ": " + written).isGreaterThanOrEqualTo(Math.round(0.8 * variants.size() - 0.5));
        }
    }

    @Test
    void exportNamesEntitiesAndSpeakersCorpusWide() {
        CliRun run = CliRun.of("export", "--db", db);
        assertThat(run.exit()).isZero();
        List<JsonNode> articles = lines(run.out());
        assertThat(articles).hasSize(5);
        Set<String> names = new HashSet<>();
        for (JsonNode a : articles) a.get("entities").forEach(e -> names.add(e.get("name").asText()));
        int linked = 0;
        for (JsonNode a : articles) {
            assertThat(a.get("text").asText()).isNotBlank();
            for (JsonNode st : a.get("statements")) {
                if (!st.has("speaker_entity")) continue;
                linked++;
                assertThat(names).contains(st.get("speaker").asText());
            }
        }
        assertThat(linked).isPositive();
    }

    @Test
    void listsByTypeAndFailsClearlyOnUnknownNames() {
        CliRun persons = CliRun.of("entities", "--db", db, "--type", "person", "--json");
        assertThat(persons.exit()).isZero();
        assertThat(lines(persons.out())).isNotEmpty().allSatisfy(e -> assertThat(e.get("type").asText()).isEqualTo("person"));

        CliRun missing = CliRun.of("entity", "--db", db, "Nobody Atall Xyzzy");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err().strip().lines()).singleElement().asString().contains("Nobody Atall Xyzzy");

        CliRun badMerge = CliRun.of("entities", "--db", db, "merge", "Nobody Atall Xyzzy", "Someone Else Qqq");
        assertThat(badMerge.exit()).isEqualTo(1);
        assertThat(badMerge.err()).contains("no entity named");

        assertThat(CliRun.of("entities", "--db", db, "--type", "planet").exit()).isEqualTo(2);
    }
}
