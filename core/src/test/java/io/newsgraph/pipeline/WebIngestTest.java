package io.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.extract.ArticleExtractor;
import io.newsgraph.ingest.PageReader;
import io.newsgraph.ingest.SourceFiles;
import io.newsgraph.ingest.feeds.TestFeeds;
import io.newsgraph.ingest.fetch.FetchOptions;
import io.newsgraph.ingest.fetch.Fetcher;
import io.newsgraph.ingest.fetch.TestServer;
import io.newsgraph.ingest.warc.TestWarcs;
import io.newsgraph.store.NewsStore;
import java.net.URI;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebIngestTest {
    static final FetchOptions FAST = FetchOptions.DEFAULTS.withHostDelay(Duration.ZERO)
            .withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(1500)).withRetries(2, Duration.ofMillis(10));

    @TempDir Path dir;
    private TestServer server;
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new TestServer();
        server.content("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        for (int i = 0; i < 3; i++) server.content("/news/" + i, "text/html; charset=utf-8", TestWarcs.article(i));
        server.content("/private/0", "text/html", TestWarcs.article(9));
        server.status("/news/gone", 404);
        server.status("/news/broken", 500);
        server.slow("/news/slow", 5000);
        server.redirect("/news/loop", "/news/loop2").redirect("/news/loop2", "/news/loop");
        server.huge("/news/huge", 8L * 1024 * 1024);
        server.content("/feed.xml", "application/rss+xml", TestFeeds.rss(List.of("/news/0", "/news/1", "/news/gone",
                "/news/broken", "/news/slow", "/news/loop", "/news/huge", "/private/0")));
        server.content("/atom.xml", "application/atom+xml", TestFeeds.atom(List.of(server.url("/news/1").toString(),
                server.url("/news/2").toString())));
        server.content("/bad.xml", "application/rss+xml", "<rss><channel><item></channel>");
        server.content("/list.opml", "text/x-opml", TestFeeds.opml(List.of("/feed.xml", "/bad.xml", "/atom.xml")));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private WebIngest.PollReport poll(String... paths) throws Exception {
        try (NewsStore db = NewsStore.open(dir.resolve("db"))) {
            var pipeline = new IngestPipeline(db, new PageReader(FAST.maxBytes()),
                    new PageProcessor(new ArticleExtractor(), article -> List.of()), 2, 10, Progress.NONE);
            var web = new WebIngest(db, pipeline, new Fetcher(FAST.withMaxBytes(1024 * 1024)), log::add);
            List<URI> urls = new ArrayList<>();
            for (String p : paths) urls.add(server.url(p));
            return web.poll(urls);
        }
    }

    private List<String> rows(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("db").resolve(NewsStore.FILE_NAME));
             var rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) rows.add(rs.getString(1));
        }
        return rows;
    }

    @Test
    void aPollFetchesEveryNewArticleAndRecordsEachFailureByUrl() throws Exception {
        WebIngest.PollReport first = poll("/list.opml");
        assertThat(first.documents()).isEqualTo(4);
        // the malformed feed fails alone, in one line naming it; the other feeds are read
        assertThat(first.failures()).singleElement().satisfies(f -> {
            assertThat(f.source()).endsWith("/bad.xml");
            assertThat(f.reason()).doesNotContain("\n").startsWith("unreadable feed");
        });
        assertThat(first.newUrls()).isEqualTo(9); // the Atom feed adds /news/2; /news/1 is in both
        assertThat(first.pages().added()).isEqualTo(3);
        assertThat(first.pages().failures()).extracting(IngestSummary.Failure::reason).containsExactlyInAnyOrder(
                "HTTP 404", "HTTP 500 (after 2 attempts)", "timed out after 1.5 s (after 2 attempts)",
                "redirect loop at " + server.url("/news/loop"), "too large (over the 1 MB limit)", "disallowed by robots.txt");
        assertThat(server.count("/news/broken")).isEqualTo(2);
        assertThat(server.count("/private/0")).isZero();
        assertThat(rows("SELECT url FROM articles ORDER BY url")).containsExactly(
                server.url("/news/0").toString(), server.url("/news/1").toString(), server.url("/news/2").toString());
        assertThat(rows("SELECT count(*) FROM pages WHERE fetched_at IS NOT NULL")).containsExactly("3");
        assertThat(rows("SELECT url || ' ' || status FROM fetched_urls WHERE url LIKE '%gone'"))
                .containsExactly(server.url("/news/gone") + " 404");
        assertThat(log).anySatisfy(l -> assertThat(l).endsWith("/feed.xml: 8 article link(s)"));
    }

    @Test
    void theNextPollGets304sAndFetchesNothingAgain() throws Exception {
        poll("/list.opml");
        int pageHits = server.count("/news/0") + server.count("/news/1") + server.count("/news/2");
        WebIngest.PollReport second = poll("/list.opml");
        // feeds answer 304; only the malformed one is read whole again, and no page is fetched twice
        assertThat(second.notModified()).isEqualTo(2);
        assertThat(server.hits()).filteredOn(h -> h.path().equals("/feed.xml")).last()
                .satisfies(h -> assertThat(h.ifNoneMatch()).isNotNull());
        assertThat(server.count("/news/0") + server.count("/news/1") + server.count("/news/2")).isEqualTo(pageHits);
        assertThat(server.count("/news/gone")).isEqualTo(1);
        // transient failures are tried again on a later poll even when their feed is unchanged, a bounded number of times
        assertThat(server.count("/news/broken")).isEqualTo(4);
        poll("/list.opml");
        poll("/list.opml");
        assertThat(server.count("/news/broken")).isEqualTo(2 * io.newsgraph.store.FetchState.MAX_ATTEMPTS);
        assertThat(second.pages().added()).isZero();
    }

    @Test
    void aRestartResumesWithoutRefetching() throws Exception {
        server.content("/plain.xml", "application/rss+xml", TestFeeds.rss(List.of("/news/0", "/news/1")));
        assertThat(poll("/plain.xml").newUrls()).isEqualTo(2);
        // a feed without validators is read whole, but its articles are not fetched again
        server.route("/plain.xml", ex -> TestServer.send(ex, 200, "application/rss+xml",
                TestFeeds.rss(List.of("/news/0", "/news/1", "/news/2"))));
        WebIngest.PollReport again = poll("/plain.xml");
        assertThat(again.newUrls()).isEqualTo(1);
        assertThat(server.count("/news/0")).isEqualTo(1);
        assertThat(again.pages().added()).isEqualTo(1);
    }

    @Test
    void newsSitemapsAndIndexesArePolledLikeFeeds() throws Exception {
        server.content("/sitemap-news.xml", "application/xml", TestFeeds.newsSitemap(List.of(
                server.url("/news/0").toString(), server.url("/news/2").toString())));
        server.content("/sitemap.xml", "application/xml", TestFeeds.sitemapIndex(List.of(server.url("/sitemap-news.xml").toString())));
        WebIngest.PollReport r = poll("/sitemap.xml");
        assertThat(r.documents()).isEqualTo(2);
        assertThat(r.pages().added()).isEqualTo(2);
    }

    @Test
    void urlsAndFilesGoThroughOnePipelineRun() throws Exception {
        Path warc = TestWarcs.write(dir.resolve("crawl.warc.gz"), true);
        try (NewsStore db = NewsStore.open(dir.resolve("db"))) {
            var pipeline = new IngestPipeline(db, new PageReader(),
                    new PageProcessor(new ArticleExtractor(), article -> List.of()), 2, 10, Progress.NONE);
            var web = new WebIngest(db, pipeline, new Fetcher(FAST), log::add);
            IngestSummary s = web.ingest(SourceFiles.expand(List.of(warc.toString())), "urls.txt",
                    List.of(server.url("/news/0"), server.url("/news/gone")), List.of());
            // /news/0 holds the same bytes as the archive's first page: stored once
            assertThat(s.added()).isEqualTo(TestWarcs.PAGES);
            assertThat(s.unchanged()).isEqualTo(1);
            assertThat(s.failures()).extracting(IngestSummary.Failure::source).containsExactly(server.url("/news/gone").toString());
            assertThat(web.unfetched(List.of(server.url("/news/0"), server.url("/news/1")))).containsExactly(server.url("/news/1"));
        }
    }
}
