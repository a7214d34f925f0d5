package io.newsgraph.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
    private static final URI BASE = URI.create("https://example.org/feeds/main.xml");
    private static final List<String> LINKS = List.of("https://example.org/a", "https://example.org/b");

    private static FeedContent read(String xml) throws FeedException {
        return FeedReader.read(BASE, xml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> articles(String xml) throws FeedException {
        return read(xml).articles().stream().map(URI::toString).toList();
    }

    @Test
    void rssAndAtomGiveTheirItemLinksInOrder() throws Exception {
        assertThat(articles(TestFeeds.rss(LINKS))).isEqualTo(LINKS);
        assertThat(articles(TestFeeds.atom(LINKS))).isEqualTo(LINKS);
    }

    @Test
    void relativeLinksResolveAgainstTheFeedAndOtherSchemesAreDropped() throws Exception {
        assertThat(articles(TestFeeds.rss(List.of("/news/1", "mailto:desk@example.org", "../2"))))
                .containsExactly("https://example.org/news/1", "https://example.org/2");
    }

    @Test
    void opmlListsFeedsToPoll() throws Exception {
        FeedContent c = read(TestFeeds.opml(List.of("https://a.example/rss", "https://b.example/atom")));
        assertThat(c.articles()).isEmpty();
        assertThat(c.feeds()).extracting(URI::toString).containsExactly("https://a.example/rss", "https://b.example/atom");
    }

    @Test
    void newsSitemapsGiveTheirUrlsAndIndexesTheirSitemaps() throws Exception {
        assertThat(articles(TestFeeds.newsSitemap(LINKS))).containsExactlyInAnyOrderElementsOf(LINKS);
        assertThat(read(TestFeeds.sitemapIndex(List.of("https://example.org/news-sitemap.xml"))).feeds())
                .extracting(URI::toString).containsExactly("https://example.org/news-sitemap.xml");
    }

    @Test
    void gzippedSitemapsAreReadAsServed() throws Exception {
        var gz = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(TestFeeds.newsSitemap(LINKS).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(FeedReader.read(BASE, gz.toByteArray()).articles()).hasSize(2);
    }

    @Test
    void malformedXmlIsOneLineWithItsPosition() {
        assertThatThrownBy(() -> read("<rss><channel><item><link>x</link></channel></rss>"))
                .isInstanceOf(FeedException.class)
                .hasMessageStartingWith("unreadable feed")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> read("<opml><body><outline xmlUrl=\"a\"></body>"))
                .hasMessageMatching("malformed XML at \\d+:\\d+: .*");
        assertThatThrownBy(() -> read("not xml at all")).hasMessageStartingWith("malformed XML");
    }

    @Test
    void otherXmlIsNamedByItsRootElement() {
        assertThatThrownBy(() -> read("<html><body/></html>"))
                .hasMessage("not a feed, OPML list or sitemap (document element <html>)");
    }

    @Test
    void externalEntitiesAreNotResolved() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title><link>https://e.org/</link><description>d</description>"
                + "</channel></rss>";
        assertThatThrownBy(() -> read(xxe)).isInstanceOf(FeedException.class);
    }
}
