package io.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.extract.html.HtmlExtractor;
import io.newsgraph.ingest.Page;
import io.newsgraph.ingest.PageType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The article-body extraction benchmark (Zyte's 181 pages, {@code shared/bench/extraction}): runs
 * {@link HtmlExtractor} on every page, or reads a published prediction file, and scores it with the
 * benchmark's own metric (4-word shingle multisets, per-page normalisation, macro precision and
 * recall, F1 of the two means, exact-token accuracy; FORMAT.md §3).
 */
public final class ExtractionBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ZERO_HASH = "0".repeat(64);

    private ExtractionBenchmark() {}

    /** Scores of one page. */
    public record PageScore(String id, double precision, double recall, double f1) {}

    /**
     * The benchmark's aggregate scores and the per-page ones, in ground-truth order. Immutable.
     *
     * @param precision mean per-page precision over pages with a non-empty prediction
     * @param recall    mean per-page recall over pages with a non-empty reference
     * @param f1        harmonic mean of the two means
     * @param accuracy  share of pages whose predicted tokens equal the reference tokens
     */
    public record Result(double precision, double recall, double f1, double accuracy, List<PageScore> pages) {
        public Result {
            pages = List.copyOf(pages);
        }

        /** Prints P, R, F1 and accuracy with 3 decimals; with {@code verbose}, one line per page, worst F1 first. */
        public void print(PrintStream out, boolean verbose) {
            if (verbose) {
                pages.stream()
                        .sorted(Comparator.comparingDouble(PageScore::f1))
                        .forEach(p -> out.printf(Locale.ROOT, "%s  P %.3f  R %.3f  F1 %.3f%n",
                                p.id(), p.precision(), p.recall(), p.f1()));
            }
            out.printf(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f  accuracy %.3f  (%d pages)%n",
                    precision, recall, f1, accuracy, pages.size());
        }
    }

    /** Runs our extractor on every page of the benchmark in {@code benchDir} and scores its bodies. */
    public static Result run(Path benchDir) {
        return scorePredictions(benchDir, extractAll(benchDir));
    }

    /** Our extractor's body text for every page id of the benchmark, in ground-truth order. */
    public static Map<String, String> extractAll(Path benchDir) {
        Map<String, JsonNode> truth = readGroundTruth(benchDir);
        HtmlExtractor extractor = new HtmlExtractor();
        Map<String, String> bodies = new ConcurrentHashMap<>();
        truth.entrySet().parallelStream().forEach(e -> {
            String id = e.getKey();
            String html = gunzipToString(benchDir.resolve("html").resolve(id + ".html.gz"));
            String url = e.getValue().path("url").asText(null);
            Page page = new Page(id, url, PageType.HTML, html, ZERO_HASH);
            bodies.put(id, extractor.extract(page).text());
        });
        Map<String, String> ordered = new LinkedHashMap<>();
        truth.keySet().forEach(id -> ordered.put(id, bodies.get(id)));
        return ordered;
    }

    /** Scores predicted bodies by page id; an id missing from the map counts as an empty prediction. */
    public static Result scorePredictions(Path benchDir, Map<String, String> predictionsById) {
        Map<String, JsonNode> truth = readGroundTruth(benchDir);
        List<PageScore> pages = new ArrayList<>();
        double precisionSum = 0;
        int precisionPages = 0;
        double recallSum = 0;
        int recallPages = 0;
        int exact = 0;
        for (Map.Entry<String, JsonNode> e : truth.entrySet()) {
            String reference = e.getValue().path("articleBody").asText("");
            String predicted = predictionsById.get(e.getKey());
            ShingleComparison c = ShingleComparison.of(reference, predicted == null ? "" : predicted);
            double p = c.precision();
            double r = c.recall();
            if (c.hasPrediction()) {
                precisionSum += p;
                precisionPages++;
            }
            if (c.hasReference()) {
                recallSum += r;
                recallPages++;
            }
            if (c.exactMatch()) {
                exact++;
            }
            pages.add(new PageScore(e.getKey(), p, r, harmonic(p, r)));
        }
        double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double recall = recallPages == 0 ? 0 : recallSum / recallPages;
        double accuracy = truth.isEmpty() ? 0 : (double) exact / truth.size();
        return new Result(precision, recall, harmonic(precision, recall), accuracy, pages);
    }

    /**
     * Reads a published prediction file ({@code output/<system>.json.gz} or plain JSON), either plain
     * ({@code {id: {articleBody}}}) or wrapped ({@code {version, output: {id: {articleBody}}}}). A missing
     * or null {@code articleBody} reads as the empty string.
     */
    public static Map<String, String> readPredictions(Path file) {
        JsonNode root = readJson(file);
        JsonNode byId = root.has("output") && root.get("output").isObject() ? root.get("output") : root;
        Map<String, String> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = byId.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode body = f.getValue().get("articleBody");
            out.put(f.getKey(), body == null || body.isNull() ? "" : body.asText());
        }
        return out;
    }

    /**
     * Writes predictions in the benchmark's plain shape ({@code {id: {articleBody}}}), gzipped when
     * the file name ends in ".gz", so that they can be published and re-scored like the others.
     */
    public static void writePredictions(Path file, Map<String, String> predictionsById) {
        Map<String, Map<String, String>> plain = new LinkedHashMap<>();
        predictionsById.forEach((id, body) -> plain.put(id, Map.of("articleBody", body == null ? "" : body)));
        try (OutputStream raw = Files.newOutputStream(file);
             OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw) {
            JSON.writeValue(out, plain);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write predictions to " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, JsonNode> readGroundTruth(Path benchDir) {
        JsonNode root = readJson(benchDir.resolve("ground-truth.json"));
        Map<String, JsonNode> out = new LinkedHashMap<>();
        root.fields().forEachRemaining(f -> out.put(f.getKey(), f.getValue()));
        return out;
    }

    private static double harmonic(double a, double b) {
        return a + b == 0 ? 0 : 2 * a * b / (a + b);
    }

    private static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(gunzipToString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read JSON from " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a file as UTF-8, gunzipping it first when its name ends in ".gz". */
    private static String gunzipToString(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
