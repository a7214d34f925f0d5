package io.newsgraph.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * One page as read from a source: its decoded text, what kind of page it is, and the hash of its
 * raw bytes (after gunzip), which makes ingest idempotent. Immutable.
 *
 * @param source      the path or name as the user gave it (kept verbatim for output); a WARC record is
 *                    {@code file.warc.gz#offset}, a fetched page its URL
 * @param url         the page's URL when known (from a feed, a WARC record or the page itself), else null
 * @param type        HTML or a plain-text page dump
 * @param text        the decoded page
 * @param contentHash lowercase hex SHA-256 of the raw bytes
 * @param fetchedAt   when the page was fetched from the web (a WARC record's date, a fetch's time), else
 *                    null; never a publish date
 */
public record Page(String source, String url, PageType type, String text, String contentHash, Instant fetchedAt) implements java.io.Serializable {
    public Page {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    /** A page read from a file, with no fetch time. */
    public Page(String source, String url, PageType type, String text, String contentHash) {
        this(source, url, type, text, contentHash, null);
    }

    public Page withFetchedAt(Instant at) {
        return new Page(source, url, type, text, contentHash, at);
    }
}
