package io.newsgraph.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsgraph.extract.Article;
import io.newsgraph.extract.text.TextDumpExtractor;
import io.newsgraph.ingest.Page;
import io.newsgraph.ingest.PageType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import io.newsgraph.eval.SharedDir;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link TextDumpExtractor} then {@link StatementFinder} on the five seed pages and scores the
 * statements as {@code shared/corpus/seeds/score/score_seeds.py statements} does ({@link StatementScorer}).
 * Writes {@code target/seed-statements.jsonl} in the scorer's input shape, so the script can check it:
 * {@code python3 ../shared/corpus/seeds/score/score_seeds.py core/target/seed-statements.jsonl statements}.
 */
class SeedStatementsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode gold;
    private static final Map<String, List<Statement>> predicted = new LinkedHashMap<>();
    private static final List<Article> articles = new ArrayList<>();

    @BeforeAll
    static void findStatements() throws IOException {
        Path seeds = SharedDir.find().resolve("corpus/seeds");
        gold = JSON.readTree(seeds.resolve("gold.json").toFile());
        TextDumpExtractor extractor = new TextDumpExtractor();
        StatementFinder finder = new StatementFinder();
        StringBuilder jsonl = new StringBuilder();
        for (JsonNode doc : gold.get("documents")) {
            String name = doc.get("file").asText();
            Path file = seeds.resolve(name);
            Article a = extractor.extract(new Page(file.toString(), null, PageType.TEXT,
                    Files.readString(file, StandardCharsets.UTF_8), "seed"));
            articles.add(a);
            List<Statement> found = finder.find(a);
            predicted.put(name, found);
            jsonl.append(JSON.writeValueAsString(toJson(name, found))).append('\n');
        }
        Path out = Path.of("target", "seed-statements.jsonl");
        Files.createDirectories(out.getParent());
        Files.writeString(out, jsonl.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void statementsMatchGold() {
        StatementScorer.Score s = StatementScorer.score(gold, predicted);
        s.misses().forEach(m -> System.out.println("  " + m));
        System.out.printf("statements: gold=%d predicted=%d matched=%d P=%.3f R=%.3f kind=%.3f speaker=%.3f%n",
                s.gold(), s.predicted(), s.matched(), s.precision(), s.recall(), s.kindAccuracy(), s.speakerAccuracy());
        assertThat(s.precision()).as("precision").isGreaterThanOrEqualTo(0.90);
        assertThat(s.recall()).as("recall").isGreaterThanOrEqualTo(0.90);
        assertThat(s.kindAccuracy()).as("kind accuracy").isGreaterThanOrEqualTo(0.90);
        assertThat(s.speakerAccuracy()).as("speaker accuracy").isGreaterThanOrEqualTo(0.92);
    }

    @Test
    void findingIsAPureFunctionAcrossThreads() {
        StatementFinder shared = new StatementFinder();
        List<List<Statement>> runs = articles.parallelStream().map(shared::find).toList();
        for (int i = 0; i < articles.size(); i++) {
            String name = Path.of(articles.get(i).source()).getFileName().toString();
            assertThat(runs.get(i)).isEqualTo(predicted.get(name));
        }
    }

    @Test
    void offsetsPointAtTheText() {
        for (Article a : articles) {
            for (Statement st : predicted.get(Path.of(a.source()).getFileName().toString())) {
                if (st.start() < 0) continue;
                String at = a.text().substring(st.start(), st.end());
                if (!st.kind().equals(Statement.DIRECT)) assertThat(at).isEqualTo(st.text());
                else assertThat(at).startsWith(st.text().substring(0, Math.min(20, st.text().length())));
            }
        }
    }

    /**
     * Articles per second on one thread: extraction alone, extraction plus the NLP layer, extraction plus
     * statements. Printed, never asserted (CI machines are shared). Each figure runs for a fixed time after a
     * warm-up, so the JIT has compiled the OpenNLP models' hot paths.
     */
    @Test
    void printsSpeed() throws IOException {
        Path seeds = SharedDir.find().resolve("corpus/seeds");
        List<Page> pages = new ArrayList<>();
        for (JsonNode doc : gold.get("documents")) {
            Path file = seeds.resolve(doc.get("file").asText());
            pages.add(new Page(file.toString(), null, PageType.TEXT, Files.readString(file, StandardCharsets.UTF_8), "seed"));
        }
        TextDumpExtractor extractor = new TextDumpExtractor();
        StatementFinder finder = new StatementFinder();
        io.newsgraph.nlp.TextAnalyzer nlp = new io.newsgraph.nlp.TextAnalyzer();
        perSecond(pages, p -> finder.find(extractor.extract(p)), 3.0); // warm-up
        double extraction = perSecond(pages, extractor::extract, 2.0);
        double tagged = perSecond(pages, p -> nlp.sentences(extractor.extract(p).text()), 2.0);
        double statements = perSecond(pages, p -> finder.find(extractor.extract(p)), 2.0);
        System.out.printf("speed (one thread): extraction only %.0f articles/s; extraction + sentences/tokens/tags "
                + "%.0f articles/s; extraction + statements %.0f articles/s%n", extraction, tagged, statements);
    }

    private static double perSecond(List<Page> pages, java.util.function.Consumer<Page> work, double seconds) {
        long start = System.nanoTime();
        long until = start + (long) (seconds * 1e9);
        int n = 0;
        while (System.nanoTime() < until) {
            for (Page p : pages) work.accept(p);
            n += pages.size();
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    private static ObjectNode toJson(String source, List<Statement> statements) {
        ObjectNode o = JSON.createObjectNode();
        o.put("source", source);
        ArrayNode arr = o.putArray("statements");
        for (Statement s : statements) {
            ObjectNode j = arr.addObject();
            j.put("speaker", s.speaker());
            j.put("speaker_mention", s.speakerMention());
            j.put("speaker_type", s.speakerType());
            j.put("kind", s.kind());
            j.put("cue", s.cue());
            j.put("text", s.text());
            j.put("start", s.start());
            j.put("end", s.end());
            if (s.reportedBy() != null) j.put("reported_by", s.reportedBy());
        }
        return o;
    }

}
