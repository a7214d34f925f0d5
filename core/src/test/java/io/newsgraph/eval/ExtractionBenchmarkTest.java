package io.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtractionBenchmarkTest {

    private static final Path BENCH = SharedDir.extractionBench();

    @Test
    void reproducesPublishedTrafilaturaScores() {
        ExtractionBenchmark.Result r = score("trafilatura");
        assertThat(r.f1()).isCloseTo(0.958, within(0.0005));
        assertThat(r.precision()).isCloseTo(0.938, within(0.0005));
        assertThat(r.recall()).isCloseTo(0.978, within(0.0005));
        assertThat(r.accuracy()).isCloseTo(0.293, within(0.0005));
        assertThat(r.pages()).hasSize(181);
    }

    @Test
    void reproducesPublishedHtmlTextBaselineScores() {
        ExtractionBenchmark.Result r = score("html-text");
        assertThat(r.f1()).isCloseTo(0.665, within(0.0005));
        assertThat(r.precision()).isCloseTo(0.500, within(0.0005));
        assertThat(r.recall()).isCloseTo(0.994, within(0.0005));
        assertThat(r.accuracy()).isCloseTo(0.000, within(0.0005));
    }

    @Test
    void readsPlainShapedPredictionFiles() {
        // AutoExtract's file has the older, unwrapped shape
        ExtractionBenchmark.Result r = score("AutoExtract");
        assertThat(r.f1()).isCloseTo(0.970, within(0.0005));
        assertThat(r.accuracy()).isCloseTo(0.470, within(0.0005));
    }

    @Test
    void writtenPredictionsScoreTheSameWhenReadBack(@org.junit.jupiter.api.io.TempDir Path dir) {
        Map<String, String> published = ExtractionBenchmark.readPredictions(BENCH.resolve("output/trafilatura.json.gz"));
        Path file = dir.resolve("ours.json.gz");
        ExtractionBenchmark.writePredictions(file, published);
        assertThat(ExtractionBenchmark.readPredictions(file)).isEqualTo(published);
    }

    @Test
    void tokenizerFollowsPythonUnicodeWordCharacters() {
        assertThat(WordTokenizer.tokens("Don't stop_me, ½ café naïve 2019—x"))
                .containsExactly("Don", "t", "stop_me", "½", "café", "naïve", "2019", "x");
        // a combining accent is not a word character in Python's \w: it splits the word
        assertThat(WordTokenizer.tokens("cafe\u0301 ok")).containsExactly("cafe", "ok");
        assertThat(WordTokenizer.tokens("서울 Москва")).containsExactly("서울", "Москва");
    }

    @Test
    void emptyPredictionCostsRecallButNotPrecision() {
        Map<String, String> none = Map.of();
        ExtractionBenchmark.Result r = ExtractionBenchmark.scorePredictions(BENCH, none);
        assertThat(r.recall()).isZero();
        assertThat(r.precision()).isZero();
        assertThat(r.pages()).allMatch(p -> p.f1() == 0);
    }

    @Test
    void shortTextsMakeOneShingle() {
        ShingleComparison same = ShingleComparison.of("one two", "one, two!");
        assertThat(same.precision()).isEqualTo(1.0);
        assertThat(same.exactMatch()).isTrue();
        ShingleComparison half = ShingleComparison.of("a b c d e", "a b c d x");
        // reference shingles {abcd, bcde}, predicted {abcd, bcdx}: tp 1, fp 1, fn 1
        assertThat(half.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(half.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(List.of(half.tp(), half.fp(), half.fn())).containsOnly(1.0 / 3);
    }

    private static ExtractionBenchmark.Result score(String system) {
        Path file = BENCH.resolve("output").resolve(system + ".json.gz");
        return ExtractionBenchmark.scorePredictions(BENCH, ExtractionBenchmark.readPredictions(file));
    }
}
