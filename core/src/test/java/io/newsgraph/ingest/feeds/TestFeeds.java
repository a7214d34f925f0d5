package io.newsgraph.ingest.feeds;

import java.util.List;
import java.util.stream.Collectors;

/** Generated feed documents for tests: RSS, Atom, OPML and (news) sitemaps linking the given URLs. */
public final class TestFeeds {
    private TestFeeds() {}

    public static String rss(List<String> links) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Example Times</title>"
                + "<link>https://example.org/</link><description>news</description>"
                + links.stream().map(l -> "<item><title>Item</title><link>" + l + "</link></item>").collect(Collectors.joining())
                + "</channel></rss>";
    }

    public static String atom(List<String> links) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title>"
                + "<id>urn:wire</id><updated>2024-04-13T22:31:00Z</updated>"
                + links.stream().map(l -> "<entry><title>E</title><id>" + l + "</id><updated>2024-04-13T22:31:00Z</updated>"
                        + "<link rel=\"alternate\" href=\"" + l + "\"/></entry>").collect(Collectors.joining())
                + "</feed>";
    }

    public static String opml(List<String> feeds) {
        return "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>feeds</title></head><body>"
                + "<outline text=\"News\">"
                + feeds.stream().map(f -> "<outline type=\"rss\" text=\"f\" xmlUrl=\"" + f + "\"/>").collect(Collectors.joining())
                + "</outline></body></opml>";
    }

    public static String newsSitemap(List<String> links) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
                + links.stream().map(l -> "<url><loc>" + l + "</loc><news:news><news:publication><news:name>Example Times"
                        + "</news:name><news:language>en</news:language></news:publication>"
                        + "<news:publication_date>2024-04-13T22:31:00Z</news:publication_date><news:title>T</news:title>"
                        + "</news:news></url>").collect(Collectors.joining())
                + "</urlset>";
    }

    public static String sitemapIndex(List<String> sitemaps) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + sitemaps.stream().map(s -> "<sitemap><loc>" + s + "</loc></sitemap>").collect(Collectors.joining())
                + "</sitemapindex>";
    }
}
