package io.newsgraph.app;

import io.newsgraph.ingest.SourceFiles;
import io.newsgraph.pipeline.IngestSummary;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/** Tells the user, on stderr, what was passed over as not pages: files in folders, records in WARC archives. */
final class Skipped {
    private Skipped() {}

    static void report(PrintWriter err, SourceFiles.Expansion input) {
        if (input.skipped() > 0) {
            err.println("newsgraph: skipped " + input.skipped() + " file(s) in folders that are not pages"
                    + " (data, code or media by extension); name a file to read it anyway");
            err.flush();
        }
    }

    /** "skipped 5 WARC record(s) that are not HTML pages: 2 not HTML, 1 request, …", by reason. */
    static void report(PrintWriter err, IngestSummary summary) {
        if (summary.skipped().isEmpty()) return;
        long total = summary.skipped().values().stream().mapToLong(Long::longValue).sum();
        err.println("newsgraph: skipped " + total + " WARC record(s) that are not HTML pages: " + summary.skipped().entrySet()
                .stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
        err.flush();
    }
}
