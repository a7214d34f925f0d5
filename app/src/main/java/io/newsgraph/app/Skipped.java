package io.newsgraph.app;

import io.newsgraph.ingest.SourceFiles;
import java.io.PrintWriter;

/** Tells the user, on stderr, how many files in the given folders were passed over as not pages. */
final class Skipped {
    private Skipped() {}

    static void report(PrintWriter err, SourceFiles.Expansion input) {
        if (input.skipped() > 0) {
            err.println("newsgraph: skipped " + input.skipped() + " file(s) in folders that are not pages"
                    + " (data, code or media by extension); name a file to read it anyway");
            err.flush();
        }
    }
}
