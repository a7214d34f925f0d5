package io.newsgraph.pipeline;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one ingest run did. {@code files} counts the pages read plus the inputs that failed (a WARC
 * record that is a page counts as one); {@code failures} lists each input that failed with its reason;
 * pages stored as "no article" count as new or unchanged like any page, and are listed in
 * {@code notArticles}; {@code skipped} counts parts of inputs that are not pages (WARC request records,
 * non-HTML responses), by reason. Immutable.
 */
public record IngestSummary(long files, long added, long unchanged, List<Failure> failures, List<Failure> notArticles,
                            Map<String, Long> skipped) {
    public record Failure(String source, String reason) {}

    public IngestSummary {
        failures = List.copyOf(failures);
        notArticles = List.copyOf(notArticles);
        skipped = java.util.Collections.unmodifiableMap(new TreeMap<>(skipped));
    }

    public IngestSummary(long files, long added, long unchanged, List<Failure> failures, List<Failure> notArticles) {
        this(files, added, unchanged, failures, notArticles, Map.of());
    }

    public long failed() {
        return failures.size();
    }
}
