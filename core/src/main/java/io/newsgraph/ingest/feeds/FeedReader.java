package io.newsgraph.ingest.feeds;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import crawlercommons.sitemaps.AbstractSiteMap;
import io.newsgraph.ingest.BoundedBytes;
import io.newsgraph.ingest.PageReadException;
import io.newsgraph.ingest.PageReader;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a feed document (gzipped or not) into the URLs it points to. The document element decides the format: RSS, RDF
 * or Atom go to ROME, {@code opml} lists feeds, {@code urlset} and {@code sitemapindex} (news sitemaps
 * included) go to crawler-commons' SiteMapParser. Relative links resolve against the document's URL.
 */
public final class FeedReader {
    private FeedReader() {}

    public static FeedContent read(URI documentUrl, byte[] document) throws FeedException {
        byte[] xml;
        try {
            xml = BoundedBytes.gunzipped(document, PageReader.DEFAULT_MAX_BYTES);
        } catch (PageReadException e) {
            throw new FeedException(e.getMessage(), e);
        }
        String root = XmlRoot.name(xml).toLowerCase(Locale.ROOT);
        return switch (root) {
            case "rss", "rdf", "feed" -> syndication(documentUrl, xml);
            case "opml" -> opml(documentUrl, xml);
            case "urlset", "sitemapindex" -> sitemap(documentUrl, xml);
            default -> throw new FeedException("not a feed, OPML list or sitemap (document element <" + root + ">)", null);
        };
    }

    private static FeedContent syndication(URI base, byte[] xml) throws FeedException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            // XmlReader honours the encoding the document declares (BOM, XML prolog)
            feed = input.build(new XmlReader(new ByteArrayInputStream(xml)));
        } catch (com.rometools.rome.io.FeedException | IOException | IllegalArgumentException e) {
            throw new FeedException("unreadable feed: " + firstLine(e), e);
        }
        List<URI> articles = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = entry.getLink();
            if (link == null) link = entry.getLinks().stream().map(SyndLink::getHref).findFirst().orElse(null);
            // RSS items may carry only a permalink guid
            if (link == null && entry.getUri() != null && entry.getUri().startsWith("http")) link = entry.getUri();
            resolve(base, link, articles);
        }
        return new FeedContent(articles, List.of());
    }

    private static FeedContent opml(URI base, byte[] xml) throws FeedException {
        List<URI> feeds = new ArrayList<>();
        try {
            XMLStreamReader r = XmlRoot.reader(xml);
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("outline")) {
                        resolve(base, r.getAttributeValue(null, "xmlUrl"), feeds);
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw XmlRoot.malformed(e);
        }
        return new FeedContent(List.of(), feeds);
    }

    private static FeedContent sitemap(URI base, byte[] xml) throws FeedException {
        AbstractSiteMap map;
        try {
            // not strict: news sitemaps often list URLs of other hosts (CDN, AMP), which strict mode drops
            SiteMapParser parser = new SiteMapParser(false);
            parser.enableExtensions();
            map = parser.parseSiteMap("text/xml", xml, base.toURL());
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            throw new FeedException("unreadable sitemap: " + firstLine(e), e);
        }
        List<URI> articles = new ArrayList<>();
        List<URI> feeds = new ArrayList<>();
        if (map instanceof SiteMapIndex index) {
            for (AbstractSiteMap child : index.getSitemaps()) resolve(base, child.getUrl().toString(), feeds);
        } else if (map instanceof SiteMap urls) {
            for (SiteMapURL u : urls.getSiteMapUrls()) resolve(base, u.getUrl().toString(), articles);
        }
        return new FeedContent(articles, feeds);
    }

    private static void resolve(URI base, String link, List<URI> into) {
        if (link == null || link.isBlank()) return;
        try {
            URI u = base.resolve(new URI(link.strip()));
            if ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) into.add(u);
        } catch (URISyntaxException e) {
            // a malformed link in one item: the others still count
        }
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse("").strip();
    }
}
