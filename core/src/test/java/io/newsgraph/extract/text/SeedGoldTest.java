package io.newsgraph.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsgraph.extract.Article;
import io.newsgraph.ingest.Page;
import io.newsgraph.ingest.PageType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import io.newsgraph.eval.SharedDir;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link TextDumpExtractor} on the five seed pages and measures it the way
 * {@code shared/corpus/seeds/score/score_seeds.py} does (parts {@code meta} and {@code body}). Writes the
 * output as JSON Lines to {@code target/seed-articles.jsonl} so the real scorer can be run on it:
 * {@code python3 ../shared/corpus/seeds/score/score_seeds.py core/target/seed-articles.jsonl meta body}.
 */
class SeedGoldTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The script's outlet check: a name fragment for the outlets that print their own name. */
    private static final Map<String, String> PRINTED_OUTLETS =
            Map.of("Al Mayadeen English", "al mayadeen", "Office of the Supreme Leader (khamenei.ir)", "supreme leader");

    private static Path seeds;
    private static JsonNode gold;
    private static JsonNode bodySpec;
    private static final List<Article> articles = new ArrayList<>();

    @BeforeAll
    static void extractSeeds() throws IOException {
        seeds = SharedDir.find().resolve("corpus/seeds");
        gold = JSON.readTree(seeds.resolve("gold.json").toFile());
        bodySpec = JSON.readTree(seeds.resolve("score/seed_body.json").toFile());
        TextDumpExtractor extractor = new TextDumpExtractor();
        StringBuilder jsonl = new StringBuilder();
        for (JsonNode doc : gold.get("documents")) {
            Path file = seeds.resolve(doc.get("file").asText());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Article a = extractor.extract(new Page(file.toString(), null, PageType.TEXT, text, "seed"));
            articles.add(a);
            jsonl.append(JSON.writeValueAsString(toJson(a))).append('\n');
        }
        Path out = Path.of("target", "seed-articles.jsonl");
        Files.createDirectories(out.getParent());
        Files.writeString(out, jsonl.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void metaFieldsMatchGold() {
        List<String> misses = new ArrayList<>();
        int checks = 0;
        int i = 0;
        for (JsonNode doc : gold.get("documents")) {
            Article a = articles.get(i++);
            String f = doc.get("file").asText().substring(0, 3);
            checks++;
            if (!SeedScorer.key(a.title()).equals(SeedScorer.key(doc.get("title").asText()))) {
                misses.add("title " + f + ": " + a.title());
            }
            checks++;
            String gp = doc.get("published").asText();
            String pp = SeedScorer.norm(a.published());
            if (!pp.startsWith(gp)) {
                misses.add("published " + f + ": " + pp + " want " + gp);
            }
            if (doc.hasNonNull("byline")) {
                checks++;
                if (!SeedScorer.key(a.byline()).contains(SeedScorer.key(doc.get("byline").asText()))) {
                    misses.add("byline " + f + ": " + a.byline());
                }
            }
            if (doc.hasNonNull("credited_source")) {
                checks++;
                if (!SeedScorer.key(a.creditedSource()).contains(SeedScorer.key(doc.get("credited_source").asText()))) {
                    misses.add("credited_source " + f + ": " + a.creditedSource());
                }
            }
            String printed = PRINTED_OUTLETS.get(doc.get("outlet").asText());
            if (printed != null) {
                checks++;
                if (!SeedScorer.key(a.outlet()).contains(printed)) {
                    misses.add("outlet " + f + ": " + a.outlet());
                }
            }
        }
        System.out.printf("seed meta: %d/%d right%n", checks - misses.size(), checks);
        misses.forEach(m -> System.out.println("  miss " + m));
        assertThat(misses).as("meta misses").isEmpty();
    }

    @Test
    void bodiesMatchGoldAndCarryNoBoilerplate() throws IOException {
        double sum = 0;
        double min = 1;
        List<String> leaks = new ArrayList<>();
        int i = 0;
        for (JsonNode doc : gold.get("documents")) {
            Article a = articles.get(i++);
            String file = doc.get("file").asText();
            List<String>[] gb = goldBody(file, bodySpec.get(file));
            SeedScorer.BodyScore s = SeedScorer.body(gb[0], gb[1], SeedScorer.tokens(a.text()));
            System.out.printf("  body %s: P=%.3f R=%.3f F1=%.3f%n", file.substring(0, 3), s.precision(), s.recall(), s.f1());
            sum += s.f1();
            min = Math.min(min, s.f1());
            String text = SeedScorer.norm(a.text());
            for (String marker : SeedScorer.BOILERPLATE) {
                if (text.contains(marker)) {
                    leaks.add(file.substring(0, 3) + ": " + marker);
                }
            }
        }
        double avg = sum / articles.size();
        System.out.printf("seed body: F1 avg=%.3f min=%.3f leaks=%s%n", avg, min, leaks);
        assertThat(leaks).as("boilerplate inside bodies").isEmpty();
        assertThat(avg).as("average body F1").isGreaterThanOrEqualTo(0.97);
        assertThat(min).as("lowest body F1").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void otherFieldsMatchGold() {
        int i = 0;
        for (JsonNode doc : gold.get("documents")) {
            Article a = articles.get(i++);
            String f = doc.get("file").asText();
            List<String> tags = new ArrayList<>();
            doc.get("tags").forEach(t -> tags.add(t.asText()));
            assertThat(a.tags()).as("tags of " + f).containsExactlyElementsOf(tags);
            assertThat(a.footnotes()).as("footnotes of " + f).hasSize(doc.get("footnotes").asInt());
            assertThat(a.language()).as("language of " + f).isEqualTo(doc.get("language").asText());
            String dek = doc.hasNonNull("dek") ? SeedScorer.key(doc.get("dek").asText()) : "";
            assertThat(SeedScorer.key(a.dek())).as("dek of " + f).isEqualTo(dek);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] goldBody(String file, JsonNode spec) throws IOException {
        String[] lines = Files.readString(seeds.resolve(file), StandardCharsets.UTF_8).split("\n", -1);
        List<String> body = new ArrayList<>();
        List<String> optional = new ArrayList<>();
        for (int n = 1; n <= lines.length; n++) {
            if (inside(n, spec.get("optional"))) {
                optional.add(lines[n - 1]);
            } else if (inside(n, spec.get("include")) && !inside(n, spec.get("exclude"))) {
                body.add(lines[n - 1]);
            }
        }
        return new List[] {SeedScorer.tokens(String.join("\n", body)), SeedScorer.tokens(String.join("\n", optional))};
    }

    private static boolean inside(int n, JsonNode ranges) {
        for (JsonNode r : ranges) {
            if (r.get(0).asInt() <= n && n <= r.get(1).asInt()) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode toJson(Article a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("source", a.source());
        o.put("outlet", a.outlet());
        o.put("title", a.title());
        o.put("byline", a.byline());
        o.put("credited_source", a.creditedSource());
        o.put("published", a.published());
        o.put("dek", a.dek());
        o.set("tags", JSON.valueToTree(a.tags()));
        o.set("footnotes", JSON.valueToTree(a.footnotes()));
        o.put("language", a.language());
        o.put("text", a.text());
        return o;
    }

}
