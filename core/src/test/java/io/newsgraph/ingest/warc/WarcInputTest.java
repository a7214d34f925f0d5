package io.newsgraph.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsgraph.ingest.CapturedPage;
import io.newsgraph.ingest.PageInput;
import io.newsgraph.ingest.PageReadException;
import io.newsgraph.ingest.PageReader;
import io.newsgraph.ingest.PageType;
import io.newsgraph.ingest.PendingPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcInputTest {
    @TempDir Path dir;

    /** Collects what an input gives. */
    private static final class Collected implements PageInput.Sink {
        final List<PendingPage> pages = new ArrayList<>();
        final Map<String, Integer> skipped = new TreeMap<>();
        final List<String> failed = new ArrayList<>();

        @Override
        public void page(PendingPage page) {
            pages.add(page);
        }

        @Override
        public void skipped(String reason) {
            skipped.merge(reason, 1, Integer::sum);
        }

        @Override
        public void failed(String source, String reason) {
            failed.add(source + ": " + reason);
        }
    }

    private static Collected read(Path file, String source) throws PageReadException {
        Collected c = new Collected();
        new WarcInput(file, source, PageReader.DEFAULT_MAX_BYTES).readInto(c);
        return c;
    }

    @Test
    void htmlResponsesBecomePagesWithTheirUrlAndFetchDate() throws Exception {
        for (boolean gzip : new boolean[] {true, false}) {
            Path file = TestWarcs.write(dir.resolve(gzip ? "crawl.warc.gz" : "crawl.warc"), gzip);
            Collected c = read(file, "crawl.warc");
            assertThat(c.failed).isEmpty();
            assertThat(c.pages).hasSize(TestWarcs.PAGES);
            for (int i = 0; i < TestWarcs.PAGES; i++) {
                CapturedPage p = (CapturedPage) c.pages.get(i);
                assertThat(p.url()).isEqualTo(TestWarcs.url(i));
                assertThat(p.source()).matches("crawl\\.warc#\\d+");
                var page = p.read(new PageReader());
                assertThat(page.type()).isEqualTo(PageType.HTML);
                assertThat(page.fetchedAt()).isEqualTo(TestWarcs.DATE);
                // content-encoding and chunking are undone: the text is the page as served
                assertThat(page.text()).isEqualTo(TestWarcs.article(i));
            }
            assertThat(c.skipped).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "request", 1, "metadata", 1, "revisit", 1, "not HTML", 2, "HTTP status not 200", 1));
        }
    }

    @Test
    void sourcesAreStableAcrossReads() throws Exception {
        Path file = TestWarcs.write(dir.resolve("a.warc.gz"), true);
        assertThat(read(file, "a.warc.gz").pages).extracting(PendingPage::source)
                .isEqualTo(read(file, "a.warc.gz").pages.stream().map(PendingPage::source).toList());
    }

    @Test
    void aTruncatedArchiveGivesItsFirstRecordsThenNamesTheOffset() throws Exception {
        for (boolean gzip : new boolean[] {true, false}) {
            Path whole = TestWarcs.write(dir.resolve("whole" + gzip + ".warc.gz"), gzip);
            byte[] bytes = Files.readAllBytes(whole);
            Path cut = dir.resolve("cut" + gzip + ".warc.gz");
            // cut inside the fourth HTML response: the first records survive
            Files.write(cut, Arrays.copyOf(bytes, (int) (bytes.length * 0.45)));
            Collected c = new Collected();
            assertThatThrownBy(() -> new WarcInput(cut, "cut.warc.gz", PageReader.DEFAULT_MAX_BYTES).readInto(c))
                    .isInstanceOf(PageReadException.class)
                    .hasMessageMatching("(corrupt|truncated).* WARC after offset \\d+: .*");
            assertThat(c.pages).hasSizeGreaterThanOrEqualTo(2).hasSizeLessThan(TestWarcs.PAGES);
        }
    }

    @Test
    void aRecordOverTheLimitFailsAloneNamingItsOffset() throws Exception {
        Path file = TestWarcs.write(dir.resolve("c.warc"), false);
        Collected c = new Collected();
        new WarcInput(file, "c.warc", 200).readInto(c);
        assertThat(c.pages).isEmpty();
        assertThat(c.failed).hasSize(TestWarcs.PAGES).allMatch(f -> f.matches("c\\.warc#\\d+: too large.*"));
    }

    @Test
    void recognisesArchivesByName() {
        assertThat(WarcInput.isWarc(Path.of("x/CRAWL.warc.gz"))).isTrue();
        assertThat(WarcInput.isWarc(Path.of("x.warc"))).isTrue();
        assertThat(WarcInput.isWarc(Path.of("x.html.gz"))).isFalse();
    }
}
