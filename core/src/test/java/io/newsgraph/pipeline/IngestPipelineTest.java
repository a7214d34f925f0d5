package io.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.extract.Article;
import io.newsgraph.extract.ArticleExtractor;
import io.newsgraph.extract.PageExtractor;
import io.newsgraph.ingest.PageReader;
import io.newsgraph.ingest.SourceFiles;
import io.newsgraph.store.NewsStore;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestPipelineTest {
    @TempDir Path dir;

    private static String article(int i) {
        return "<html><head><title>Story " + i + "</title></head><body><article><h1>Story " + i + "</h1>"
                + "<p>The minister said on Tuesday that talks number " + i + " would resume next week, officials confirmed.</p>"
                + "<p>Negotiators from both sides are expected to meet in the capital, according to people briefed on the plans.</p>"
                + "</article></body></html>";
    }

    private IngestSummary ingest(Path store, PageExtractor extractor, Path input) throws Exception {
        try (NewsStore db = NewsStore.open(store)) {
            return new IngestPipeline(db, new PageReader(), new PageProcessor(extractor, article -> List.of()), 2, 3, Progress.NONE)
                    .run(SourceFiles.expand(List.of(input.toString())));
        }
    }

    @Test
    void badInputsAreCountedNamedAndNeverStopTheBatch() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 7; i++) Files.writeString(in.resolve("good" + i + ".html"), article(i));
        Files.write(in.resolve("empty.html"), new byte[0]);
        Files.write(in.resolve("binary.html"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2});
        var gz = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(gz)) {
            out.write(article(99).getBytes(StandardCharsets.UTF_8));
        }
        Files.write(in.resolve("cut.html.gz"), Arrays.copyOf(gz.toByteArray(), 20));
        try (var raf = new RandomAccessFile(in.resolve("huge.html").toFile(), "rw")) {
            raf.setLength(100L * 1024 * 1024);
        }
        Files.write(in.resolve("latin1.html"), article(50).replace("minister", "ministre français").getBytes(Charset.forName("windows-1252")));
        Files.writeString(in.resolve("broken.html"), "<html><body><div><p>Unclosed <b>tags <i>and <table><tr><td>cells");

        Path store = dir.resolve("db");
        IngestSummary first = ingest(store, new ArticleExtractor(), in);
        assertThat(first.files()).isEqualTo(13);
        assertThat(first.failures()).extracting(IngestSummary.Failure::source)
                .containsExactly(in.resolve("binary.html").toString(), in.resolve("cut.html.gz").toString(),
                        in.resolve("empty.html").toString(), in.resolve("huge.html").toString());
        assertThat(first.failures()).extracting(IngestSummary.Failure::reason)
                .allSatisfy(r -> assertThat(r).isNotBlank().doesNotContain("\n"));
        assertThat(first.added()).isEqualTo(9);

        IngestSummary second = ingest(store, new ArticleExtractor(), in);
        assertThat(second.added()).isZero();
        assertThat(second.unchanged()).isEqualTo(9);
        assertThat(second.failed()).isEqualTo(4);
        try (NewsStore db = NewsStore.open(store)) {
            assertThat(db.integrityCheck()).isEqualTo("ok");
            assertThat(db.counts().pages()).isEqualTo(9);
            assertThat(db.counts().unreadable()).isEqualTo(4);
        }
    }

    @Test
    void aStageThatThrowsStoresTheFailureAndALaterRunRetriesIt() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.html"), article(1));
        Files.writeString(in.resolve("b.html"), article(2));
        PageExtractor flaky = page -> {
            if (page.text().contains("Story 2")) throw new IllegalStateException("extractor bug\nsecond line");
            return new ArticleExtractor().extract(page);
        };
        Path store = dir.resolve("db");
        IngestSummary first = ingest(store, flaky, in);
        assertThat(first.added()).isEqualTo(1);
        assertThat(first.failures()).singleElement().satisfies(f ->
                assertThat(f.reason()).isEqualTo("extract: IllegalStateException: extractor bug"));

        IngestSummary retried = ingest(store, new ArticleExtractor(), in);
        assertThat(retried.added()).isEqualTo(1);
        assertThat(retried.unchanged()).isEqualTo(1);
        assertThat(retried.failed()).isZero();
    }

    @Test
    void nonArticlesAreStoredWithTheirReason() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("index.html"), "<html><body><ul><li><a href=/a>A</a></li></ul></body></html>");
        PageExtractor none = page -> Article.builder(page.source()).notArticle("no article text (index page)").build();
        IngestSummary s = ingest(dir.resolve("db"), none, in);
        assertThat(s.added()).isEqualTo(1);
        assertThat(s.notArticles()).singleElement().extracting(IngestSummary.Failure::reason).isEqualTo("no article text (index page)");
        try (NewsStore db = NewsStore.open(dir.resolve("db"))) {
            assertThat(db.counts().noArticle()).isEqualTo(1);
        }
    }
}
