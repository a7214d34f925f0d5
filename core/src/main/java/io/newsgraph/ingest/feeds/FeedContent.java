package io.newsgraph.ingest.feeds;

import java.net.URI;
import java.util.List;

/**
 * What a feed document points to, in document order. Immutable.
 *
 * @param articles pages to fetch (a feed's items, a sitemap's URLs)
 * @param feeds    more documents to poll (an OPML list's feeds, a sitemap index's sitemaps)
 */
public record FeedContent(List<URI> articles, List<URI> feeds) {
    public FeedContent {
        articles = List.copyOf(articles);
        feeds = List.copyOf(feeds);
    }
}
