package io.newsgraph.app;

import io.newsgraph.pipeline.Progress;
import java.io.PrintStream;

/** Prints running counts on stderr at most once a second, and only once a job has run for two seconds. */
final class StderrProgress implements Progress {
    private final PrintStream err;
    private final String what;
    private final boolean files;
    private final long start = System.nanoTime();
    private long lastPrint;

    /** Progress over input files, with how many were new, unchanged and failed. */
    StderrProgress(PrintStream err, String what) {
        this(err, what, true);
    }

    private StderrProgress(PrintStream err, String what, boolean files) {
        this.err = err;
        this.what = what;
        this.files = files;
    }

    /** Progress over stored articles: done and total only. */
    static StderrProgress articles(PrintStream err, String what) {
        return new StderrProgress(err, what, false);
    }

    @Override
    public void update(long done, long total, long added, long unchanged, long failed) {
        long now = System.nanoTime();
        if (now - start < 2_000_000_000L || now - lastPrint < 1_000_000_000L) return;
        lastPrint = now;
        double seconds = (now - start) / 1e9;
        if (files) {
            err.printf("%s: %d/%d files (%d new, %d unchanged, %d failed), %.0f files/s%n",
                    what, done, total, added, unchanged, failed, done / seconds);
        } else {
            err.printf("%s: %d/%d articles, %.0f articles/s%n", what, done, total, done / seconds);
        }
    }
}
