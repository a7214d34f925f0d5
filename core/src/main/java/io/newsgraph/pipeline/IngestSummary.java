package io.newsgraph.pipeline;

import java.util.List;

/**
 * What one ingest run did. {@code failures} lists each input that failed with its reason; pages
 * stored as "no article" count as new or unchanged like any page, and are listed in {@code notArticles}.
 */
public record IngestSummary(long files, long added, long unchanged, List<Failure> failures, List<Failure> notArticles) {
    public record Failure(String source, String reason) {}

    public IngestSummary {
        failures = List.copyOf(failures);
        notArticles = List.copyOf(notArticles);
    }

    public long failed() {
        return failures.size();
    }
}
