package io.newsgraph.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * A page's bytes already in memory, as captured from the web (a WARC record, a fetched URL), with
 * where and when it was fetched. Holds the array as given: the producer hands it over and keeps no copy.
 *
 * @param fetchedAt when it was fetched, or null when unknown
 */
public record CapturedPage(String source, String url, Instant fetchedAt, byte[] bytes) implements PendingPage {
    public CapturedPage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bytes, "bytes");
    }

    @Override
    public Page read(PageReader reader) throws PageReadException {
        return reader.fromBytes(source, url, bytes).withFetchedAt(fetchedAt);
    }
}
