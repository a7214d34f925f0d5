package io.newsgraph.app;

import io.newsgraph.eval.SpeedReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** Prints the figures of {@code bench extraction} as plain-text tables. */
final class SpeedTable {
    private static final double MB = 1024.0 * 1024.0;

    private SpeedTable() {}

    static void printOwn(PrintWriter out, SpeedReport r, int cores) {
        out.printf(Locale.ROOT, "newsgraph HtmlExtractor: %d pages (%.1f M chars of HTML), %d measured passes each, %d cores%n",
                r.pages(), r.htmlChars() / 1e6, r.rounds(), cores);
        row(out, "pages/s per core (1 thread)", "%.1f", r.pagesPerSecondPerCore());
        row(out, "pages per CPU-second (process, 1 thread)", "%.1f", r.pagesPerCpuSecond());
        row(out, "pages/s all cores (" + r.threads() + " threads)", "%.1f", r.pagesPerSecondAllCores());
        row(out, "peak heap MB (garbage included)", "%.1f", r.peakHeapBytes() / MB);
        row(out, "live heap MB before (pages loaded)", "%.1f", r.liveHeapBefore() / MB);
        row(out, "live heap MB after first pass", "%.1f", r.liveHeapFirstRound() / MB);
        row(out, "live heap MB after last pass", "%.1f", r.liveHeapLastRound() / MB);
        row(out, "heap growth MB over " + r.pagesBetweenHeapReadings() + " pages", "%+.1f",
                r.liveHeapGrowthBytes() / MB);
        row(out, "failed pages per pass", "%d", r.failedPerPass());
    }

    /**
     * One row per system: pages/s on one core (wall clock) and pages per CPU-second of its process, F1,
     * peak memory, and newsgraph's speed as a multiple of the system's, on both measures. Both sides are
     * single-core figures, so the ratios compare like with like; the CPU ratio also holds when other
     * programs load the machine, which stretches wall time unevenly between runs.
     */
    static void printComparison(PrintWriter out, SpeedReport ours, List<PeerResult> results) {
        OptionalDouble ourF1 = results.stream().filter(PeerResult::isOurs).findFirst()
                .map(PeerResult::f1).orElse(OptionalDouble.empty());
        double ourSpeed = ours.pagesPerSecondPerCore();
        double ourCpuSpeed = ours.pagesPerCpuSecond();
        out.printf("%-18s %12s %11s %7s %10s %11s %11s  %s%n", "system", "pages/s/core", "pages/CPU-s", "F1", "peak MB",
                "÷ (wall)", "÷ (CPU)", "version");
        out.printf(Locale.ROOT, "%-18s %12.1f %11.1f %7s %10.1f %11s %11s  %s%n", "newsgraph", ourSpeed, ourCpuSpeed, f1(ourF1),
                ours.peakHeapBytes() / MB, "1.0×", "1.0×", "this build (peak MB: JVM heap)");
        for (PeerResult p : results) {
            if (p.isOurs()) continue;
            out.printf(Locale.ROOT, "%-18s %12s %11s %7s %10s %11s %11s  %s%n", p.system(), fixed(p.pagesPerS()),
                    fixed(p.pagesPerCpuS()), f1(p.f1()), fixed(p.peakRssMb()), ratio(ourSpeed, p.pagesPerS()),
                    ratio(ourCpuSpeed, p.pagesPerCpuS()), p.version() + " (peak MB: process RSS)");
        }
    }

    private static String ratio(double ours, OptionalDouble theirs) {
        return theirs.isPresent() && theirs.getAsDouble() > 0
                ? String.format(Locale.ROOT, "%.1f×", ours / theirs.getAsDouble()) : "-";
    }

    private static void row(PrintWriter out, String label, String format, Object value) {
        out.printf(Locale.ROOT, "  %-40s %12s%n", label, String.format(Locale.ROOT, format, value));
    }

    private static String f1(OptionalDouble f1) {
        return f1.isPresent() ? String.format(Locale.ROOT, "%.3f", f1.getAsDouble()) : "n/a";
    }

    private static String fixed(OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.1f", v.getAsDouble()) : "-";
    }
}
