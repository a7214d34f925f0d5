/**
 * Feeds, OPML lists and sitemaps read into the URLs they point to, with real parsers: ROME for RSS and
 * Atom, crawler-commons for sitemaps and news sitemaps, the JDK's StAX for OPML and for telling the
 * formats apart. Knows no HTTP and no store.
 */
package io.newsgraph.ingest.feeds;
