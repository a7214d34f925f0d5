package io.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.ingest.PageReader;
import io.newsgraph.ingest.SourceFiles;
import io.newsgraph.ingest.warc.TestWarcs;
import io.newsgraph.store.NewsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcIngestTest {
    @TempDir Path dir;

    private IngestSummary ingest(Path store, Path input) throws Exception {
        try (NewsStore db = NewsStore.open(store)) {
            return new IngestPipeline(db, new PageReader(), new PageProcessor(new io.newsgraph.extract.ArticleExtractor(),
                    article -> List.of()), 2, 3, Progress.NONE).run(SourceFiles.expand(List.of(input.toString())));
        }
    }

    private static List<String> rows(Path store, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + store.resolve(NewsStore.FILE_NAME));
             var rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) rows.add(rs.getString(1));
        }
        return rows;
    }

    @Test
    void archivesInFoldersAreReadRecordByRecordAndReingestIsANoOp() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        TestWarcs.write(in.resolve("a.warc.gz"), true);
        TestWarcs.write(in.resolve("b.warc"), false); // the same captures: same content, same hashes
        Path store = dir.resolve("db");
        IngestSummary first = ingest(store, in);
        assertThat(first.failures()).isEmpty();
        assertThat(first.files()).isEqualTo(2 * TestWarcs.PAGES);
        assertThat(first.added()).isEqualTo(TestWarcs.PAGES);
        assertThat(first.unchanged()).isEqualTo(TestWarcs.PAGES);
        assertThat(first.skipped()).isEqualTo(Map.of("request", 2L, "metadata", 2L, "revisit", 2L, "not HTML", 4L,
                "HTTP status not 200", 2L));
        assertThat(rows(store, "SELECT url FROM articles ORDER BY url"))
                .containsExactly(TestWarcs.url(0), TestWarcs.url(1), TestWarcs.url(2), TestWarcs.url(3));
        assertThat(rows(store, "SELECT DISTINCT fetched_at FROM pages")).containsExactly(TestWarcs.DATE.toString());
        assertThat(rows(store, "SELECT DISTINCT outlet FROM articles")).isNotEmpty();

        IngestSummary again = ingest(store, in);
        assertThat(again.added()).isZero();
        assertThat(again.unchanged()).isEqualTo(2 * TestWarcs.PAGES);
    }

    @Test
    void aTruncatedArchiveKeepsTheRecordsBeforeTheCutAndFailsOnce() throws Exception {
        byte[] whole = Files.readAllBytes(TestWarcs.write(dir.resolve("whole.warc.gz"), true));
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, Arrays.copyOf(whole, (int) (whole.length * 0.45)));
        Path store = dir.resolve("db");
        IngestSummary s = ingest(store, cut);
        assertThat(s.failures()).singleElement().satisfies(f -> {
            assertThat(f.source()).isEqualTo(cut.toString());
            assertThat(f.reason()).containsPattern("WARC after offset \\d+");
        });
        assertThat(s.added()).isBetween(2L, (long) TestWarcs.PAGES - 1);
        assertThat(rows(store, "SELECT count(*) FROM articles")).containsExactly(String.valueOf(s.added()));
    }
}
