package io.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** The real inputs from the command line: WARC archives, URL lists and watched feeds. */
class InputsCliTest {
    @TempDir Path dir;
    private LocalSite site;

    @BeforeEach
    void start() throws Exception {
        site = new LocalSite().put("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        for (int i = 1; i <= 3; i++) site.put("/news/" + i, "text/html; charset=utf-8", GeneratedPages.article(i));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private static String rss(String... links) {
        StringBuilder items = new StringBuilder();
        for (String l : links) items.append("<item><title>t</title><link>").append(l).append("</link></item>");
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Example Times</title><link>https://e.org/</link>"
                + "<description>d</description>" + items + "</channel></rss>";
    }

    @Test
    void ingestReadsHtmlResponsesFromWarcArchivesAndCountsTheRest() throws Exception {
        Path warc = dir.resolve("crawl.warc.gz");
        try (WarcWriter w = new WarcWriter(warc)) { // gzipped, by the name
            w.write(new WarcRequest.Builder(URI.create("https://example.org/a")).date(Instant.parse("2024-04-13T22:31:00Z"))
                    .body(new HttpRequest.Builder("GET", "/a").build()).build());
            w.write(new WarcResponse.Builder(URI.create("https://example.org/a")).date(Instant.parse("2024-04-13T22:31:00Z"))
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8,
                            GeneratedPages.article(7).getBytes(StandardCharsets.UTF_8)).build()).build());
            w.write(new WarcResponse.Builder(URI.create("https://example.org/logo.png"))
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {1, 2}).build()).build());
        }
        String db = dir.resolve("db").toString();
        CliRun run = CliRun.of("ingest", "--db", db, warc.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out().strip()).isEqualTo("1 files: 1 new, 0 unchanged, 0 failed");
        assertThat(run.err()).contains("newsgraph: skipped 2 WARC record(s) that are not HTML pages: 1 not HTML, 1 request");
        assertThat(CliRun.of("search", "--db", db, "--json", "council").out()).contains(warc + "#");
        assertThat(CliRun.of("ingest", "--db", db, warc.toString()).out().strip()).isEqualTo("1 files: 0 new, 1 unchanged, 0 failed");
    }

    @Test
    void ingestUrlsFetchesListedPagesOnceAndNamesBadLines() throws Exception {
        Path list = dir.resolve("urls.txt");
        Files.writeString(list, "# today's reading\n" + site.url("/news/1") + "\n\n" + site.url("/news/2") + "\n"
                + "ftp://example.org/x\n" + site.url("/private/x") + "\n");
        String db = dir.resolve("db").toString();
        CliRun first = CliRun.of("ingest", "--db", db, "--delay", "0", "--urls", list.toString());
        assertThat(first.exit()).isEqualTo(Main.SOME_FAILED);
        assertThat(first.out().strip()).isEqualTo("4 files: 2 new, 0 unchanged, 2 failed");
        assertThat(first.err()).contains("newsgraph: " + list + ":5: not an absolute http(s) URL: ftp://example.org/x",
                "newsgraph: " + site.url("/private/x") + ": disallowed by robots.txt");
        CliRun second = CliRun.of("ingest", "--db", db, "--delay", "0", "--urls", list.toString());
        assertThat(second.out().strip()).isEqualTo("1 files: 0 new, 0 unchanged, 1 failed");
        assertThat(site.hits("/news/1")).isEqualTo(1);
    }

    @Test
    void watchOncePollsFeedsAndARestartFetchesNothingNew() throws Exception {
        site.put("/feed.xml", "application/rss+xml", rss(site.url("/news/1"), site.url("/news/2"), site.url("/news/gone")));
        site.put("/bad.xml", "application/rss+xml", "<rss><channel><item></channel>");
        Path opml = dir.resolve("feeds.opml");
        Files.writeString(opml, "<opml version=\"2.0\"><body><outline xmlUrl=\"" + site.url("/feed.xml") + "\"/>"
                + "<outline xmlUrl=\"" + site.url("/bad.xml") + "\"/></body></opml>");
        String db = dir.resolve("db").toString();
        CliRun first = CliRun.of("watch", "--db", db, "--once", "--delay", "0", opml.toString());
        assertThat(first.exit()).isEqualTo(Main.SOME_FAILED);
        assertThat(first.out().strip()).isEqualTo("3 feeds: 0 not modified, 1 failed; 3 new URLs: 2 new, 0 unchanged, 1 failed");
        assertThat(first.err().lines()).contains("newsgraph: " + site.url("/news/gone") + ": HTTP 404")
                .anySatisfy(l -> assertThat(l).startsWith("newsgraph: " + site.url("/bad.xml") + ": unreadable feed"))
                .anySatisfy(l -> assertThat(l).isEqualTo("newsgraph: watch: " + site.url("/feed.xml") + ": 3 article link(s)"));

        CliRun second = CliRun.of("watch", "--db", db, "--once", "--delay", "0", opml.toString());
        assertThat(second.out().strip()).isEqualTo("3 feeds: 1 not modified, 1 failed; 0 new URLs: 0 new, 0 unchanged, 0 failed");
        assertThat(site.hits("/news/1")).isEqualTo(1);
        assertThat(site.hits("/news/gone")).isEqualTo(1);
        assertThat(CliRun.of("search", "--db", db, "council").exit()).isZero();
    }

    @Test
    void watchRejectsWhatIsNeitherAUrlNorAFile() {
        CliRun run = CliRun.of("watch", "--db", dir.toString(), "--once", "no-such-feed.xml");
        assertThat(run.exit()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("not an http(s) URL nor a file: no-such-feed.xml");
    }
}
