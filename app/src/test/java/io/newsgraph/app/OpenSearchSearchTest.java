package io.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.TestAbortedException;

/**
 * The seed corpus indexed into a real OpenSearch 2.19 server: {@code search --opensearch} finds the same
 * articles as the embedded store's search for words, a phrase, OR, diacritics, an outlet and a date range.
 * Skipped (not failed) where OpenSearch cannot run: as root without an {@code opensearch} user.
 */
class OpenSearchSearchTest {
    private static final String INDEX = "seed-articles";
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path dir;
    static OpenSearchServer server;
    static CliRun firstIndex;
    static CliRun secondIndex;
    static String skipped;

    @BeforeAll
    static void ingestAndIndexTheSeeds() throws Exception {
        try {
            server = OpenSearchServer.launch();
        } catch (TestAbortedException e) {
            // skip each test rather than the class, so the report counts them as skipped, with the reason
            skipped = e.getMessage();
            System.err.println(OpenSearchSearchTest.class.getSimpleName() + ": " + skipped);
            return;
        }
        // the ingest runs while the server boots: each takes about half a minute on two cores
        assertThat(CliRun.of("ingest", "--db", db(), SharedData.seeds().toString()).exit()).isZero();
        server.awaitReady(Duration.ofSeconds(120));
        // batches of two: three _bulk requests for five articles
        firstIndex = CliRun.of("index", "--db", db(), "--opensearch", server.url().toString(), "--index", INDEX, "--batch-size", "2");
        secondIndex = CliRun.of("index", "--db", db(), "--opensearch", server.url().toString(), "--index", INDEX);
    }

    @BeforeEach
    void skipWithoutServer() {
        Assumptions.assumeTrue(skipped == null, skipped);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) server.close();
    }

    @Test
    void indexingAgainReplacesTheDocumentsByPageId() {
        assertThat(firstIndex.exit()).as(firstIndex.err()).isZero();
        assertThat(firstIndex.out()).contains("5 articles indexed");
        assertThat(secondIndex.exit()).as(secondIndex.err()).isZero();
        // every seed article mentions the resistance: all five come back once each, not twice
        assertThat(sources(search("--opensearch", server.url().toString(), "--index", INDEX, "--limit", "50", "resistance"))).hasSize(5);
    }

    @Test
    void refusesAnIndexNewsgraphDidNotMake() throws Exception {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.url().resolve("/foreign")).PUT(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.discarding());
        CliRun run = CliRun.of("search", "--opensearch", server.url().toString(), "--index", "foreign", "victory");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("index foreign has mapping version 0", "DELETE /foreign");
    }

    static Stream<List<String>> queries() {
        return Stream.of(
                List.of("final victory"),
                List.of("\"Jenin Brigade\""),
                List.of("Jenin", "OR", "Wahda"),
                List.of("Nakhālah"),
                List.of("--outlet", "al mayadeen english", "resistance"),
                List.of("--from", "2023-11-24", "--to", "2024-04-13", "resistance"));
    }

    @ParameterizedTest
    @MethodSource("queries")
    void openSearchFindsTheArticlesTheStoreFinds(List<String> query) {
        List<JsonNode> embedded = search(Stream.concat(Stream.of("--db", db(), "--limit", "50"), query.stream()).toArray(String[]::new));
        List<JsonNode> remote = search(Stream.concat(Stream.of("--opensearch", server.url().toString(), "--index", INDEX,
                "--limit", "50"), query.stream()).toArray(String[]::new));
        assertThat(embedded).as("the store finds something for " + query).isNotEmpty();
        assertThat(sources(remote)).isEqualTo(sources(embedded));
        assertThat(remote).allSatisfy(hit -> assertThat(hit.get("snippet").asText()).contains("<mark>"));
    }

    private static List<JsonNode> search(String... args) {
        CliRun run = CliRun.of(Stream.concat(Stream.of("search", "--json"), Stream.of(args)).toArray(String[]::new));
        assertThat(run.err()).isEmpty();
        return run.out().lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static Set<String> sources(List<JsonNode> hits) {
        return hits.stream().map(h -> h.get("source").asText()).collect(Collectors.toSet());
    }

    private static String db() {
        return dir.resolve("db").toString();
    }
}
