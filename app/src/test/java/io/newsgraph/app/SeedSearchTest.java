package io.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The acceptance path on the seed corpus: ingest, re-ingest, and three searches. */
class SeedSearchTest {
    @TempDir static Path dir;
    static CliRun first;
    static CliRun second;

    @BeforeAll
    static void ingestTwice() {
        String db = dir.resolve("db").toString();
        first = CliRun.of("ingest", "--db", db, SharedData.seeds().toString());
        second = CliRun.of("ingest", "--db", db, SharedData.seeds().toString());
    }

    @Test
    void secondIngestOfTheSameFolderChangesNothing() {
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("5 files: 5 new, 0 unchanged, 0 failed");
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("5 files: 0 new, 5 unchanged, 0 failed");
    }

    /** The seed pages whose text holds the phrase: those, and only those, must come back, before anything else. */
    @ParameterizedTest
    @ValueSource(strings = {"final victory", "Jenin Brigade", "Wahda al-Sahat"})
    void phraseSearchFindsTheArticlesThatHoldIt(String phrase) throws IOException {
        Set<String> holding;
        try (Stream<Path> files = Files.list(SharedData.seeds())) {
            holding = files.filter(p -> p.toString().endsWith(".txt"))
                    .filter(p -> read(p).toLowerCase(Locale.ROOT).contains(phrase.toLowerCase(Locale.ROOT)))
                    .map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        assertThat(holding).isNotEmpty();
        CliRun run = CliRun.of("search", "--db", dir.resolve("db").toString(), "--json", phrase);
        assertThat(run.exit()).isZero();
        ObjectMapper json = new ObjectMapper();
        List<String> hits = run.out().lines().map(l -> {
            try {
                return Path.of(json.readTree(l).get("source").asText()).getFileName().toString();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }).toList();
        assertThat(hits).hasSize(holding.size());
        assertThat(Set.copyOf(hits)).isEqualTo(holding);
        assertThat(run.out()).contains("<mark>");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Every seed page where the gold has a statement by the most quoted speaker comes back for any spelling of him. */
    @Test
    void quotesFindOneSpeakerAcrossOutletsAndSpellings() throws IOException {
        ObjectMapper json = new ObjectMapper();
        var gold = json.readTree(SharedData.seeds().resolve("gold.json").toFile());
        java.util.Map<String, Set<String>> filesBySpeaker = new java.util.HashMap<>();
        for (var doc : gold.get("documents")) {
            for (var q : doc.get("quotes")) {
                filesBySpeaker.computeIfAbsent(q.get("speaker").asText(), k -> new java.util.TreeSet<>()).add(doc.get("file").asText());
            }
        }
        var top = filesBySpeaker.entrySet().stream().max(java.util.Map.Entry.comparingByValue(
                java.util.Comparator.comparingInt(Set::size))).orElseThrow();
        String surname = top.getKey().substring(top.getKey().lastIndexOf(' ') + 1);
        for (String spelling : List.of(top.getKey(), surname.replace("ah", "eh"))) {
            CliRun run = CliRun.of("quotes", "--db", dir.resolve("db").toString(), "--speaker", spelling, "--json");
            assertThat(run.exit()).isZero();
            Set<String> files = run.out().lines().map(l -> {
                try {
                    return Path.of(json.readTree(l).get("source").asText()).getFileName().toString();
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }).collect(Collectors.toSet());
            assertThat(files).as(spelling).isEqualTo(top.getValue());
        }
    }
}
