package io.newsgraph.ingest.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * A response: 200 with its body, or 304 Not Modified with none. Immutable but for the body array, which
 * the fetcher hands over and does not keep.
 *
 * @param url          the URL finally answered, after redirects
 * @param etag         the ETag header, or null
 * @param lastModified the Last-Modified header, or null
 * @param contentType  the Content-Type header, or null
 */
public record Fetched(URI url, int status, byte[] body, String etag, String lastModified, String contentType,
                      Instant fetchedAt) {
    public boolean notModified() {
        return status == 304;
    }

    /** The media type without parameters, lower-case, when the server sent one. */
    public Optional<String> mediaType() {
        if (contentType == null || contentType.isBlank()) return Optional.empty();
        int semi = contentType.indexOf(';');
        return Optional.of((semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(java.util.Locale.ROOT));
    }
}
