package io.newsgraph.ingest.fetch;

/**
 * Validators from a previous fetch, sent as If-None-Match / If-Modified-Since so that an unchanged feed
 * costs a 304 and no body. Either may be null.
 */
public record Conditional(String etag, String lastModified) {
    public static final Conditional NONE = new Conditional(null, null);
}
