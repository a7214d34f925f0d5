package io.newsgraph.ingest;

import java.util.Objects;

/**
 * One page as read from a source: its decoded text, what kind of page it is, and the hash of its
 * raw bytes (after gunzip), which makes ingest idempotent.
 *
 * @param source      the path or name as the user gave it (kept verbatim for output)
 * @param url         the page's URL when known (from a feed, a WARC record or the page itself), else null
 * @param type        HTML or a plain-text page dump
 * @param text        the decoded page
 * @param contentHash lowercase hex SHA-256 of the raw bytes
 */
public record Page(String source, String url, PageType type, String text, String contentHash) implements java.io.Serializable {
    public Page {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
