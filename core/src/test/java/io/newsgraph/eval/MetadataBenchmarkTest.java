package io.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.extract.Article;
import io.newsgraph.extract.ArticleExtractor;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link MetadataBenchmark} on the whole metadata set and guards the accuracies reached so far, minus a
 * small margin, so that a change that makes them drop fails here. Prints the scores to stdout, and every miss
 * with {@code -Dnewsgraph.verbose=true}.
 */
class MetadataBenchmarkTest {

    /** Reached so far (title 0.903, author 0.773, date 0.901) minus a margin of about 0.012. */
    private static final double TITLE_FLOOR = 0.89;
    private static final double AUTHOR_FLOOR = 0.76;
    private static final double DATE_FLOOR = 0.89;

    /**
     * Snippet F1 of the article text reached so far (body 0.905, standfirst + body 0.923), minus a margin of
     * about 0.003: the body alone and the article as newsgraph prints it, dek first.
     */
    private static final double SNIPPET_BODY_F1_FLOOR = 0.902;
    private static final double SNIPPET_DEK_BODY_F1_FLOOR = 0.920;

    private static Path dir;
    private static MetadataBenchmark.Result result;

    @BeforeAll
    static void runBenchmark() {
        dir = SharedDir.find().resolve("bench/metadata");
        result = MetadataBenchmark.run(dir);
        result.print(System.out, Boolean.getBoolean("newsgraph.verbose"));
    }

    @Test
    void readsEveryPage() {
        assertThat(result.pages()).isEqualTo(990);
        assertThat(result.failures()).isZero();
        assertThat(result.title().gold()).isEqualTo(845);
        assertThat(result.date().gold()).isEqualTo(728);
        assertThat(result.author().gold()).isEqualTo(538);
    }

    @Test
    void titleAccuracyHolds() {
        assertThat(result.title().accuracy()).isGreaterThanOrEqualTo(TITLE_FLOOR);
    }

    @Test
    void authorAccuracyHolds() {
        assertThat(result.author().accuracy()).isGreaterThanOrEqualTo(AUTHOR_FLOOR);
    }

    @Test
    void dateAccuracyHolds() {
        assertThat(result.date().accuracy()).isGreaterThanOrEqualTo(DATE_FLOOR);
    }

    @Test
    void snippetScoringCountsFoundAndMissedSnippets() {
        // A trivial body extractor: the whole decoded page. It finds nearly every snippet, wanted or not.
        SnippetScore s = MetadataBenchmark.scoreSnippets(dir, page -> page.text());
        s.print(System.out);
        assertThat(s.truePositives() + s.falseNegatives()).isGreaterThan(1000);
        assertThat(s.recall()).isGreaterThan(0.5);
        assertThat(s.falsePositives()).isGreaterThan(0);
        assertThat(s.f1()).isBetween(0.0, 1.0);
        SnippetScore none = MetadataBenchmark.scoreSnippets(dir, page -> "");
        assertThat(none.truePositives()).isZero();
        assertThat(none.falsePositives()).isZero();
    }

    @Test
    void articleTextSnippetF1Holds() {
        ArticleExtractor extractor = new ArticleExtractor();
        Map<String, Article> articles = new HashMap<>();
        SnippetScore body = MetadataBenchmark.scoreSnippets(dir,
                page -> articles.computeIfAbsent(page.source(), s -> extractor.extract(page)).text());
        SnippetScore withDek = MetadataBenchmark.scoreSnippets(dir, page -> {
            Article a = articles.computeIfAbsent(page.source(), s -> extractor.extract(page));
            return a.dek() == null ? a.text() : a.dek() + "\n\n" + a.text();
        });
        body.print(System.out);
        withDek.print(System.out);
        assertThat(body.f1()).isGreaterThanOrEqualTo(SNIPPET_BODY_F1_FLOOR);
        assertThat(withDek.f1()).isGreaterThanOrEqualTo(SNIPPET_DEK_BODY_F1_FLOOR);
    }
}
