package io.newsgraph.eval;

import java.util.List;

/**
 * The figures of one extraction speed run. Immutable.
 *
 * @param pages               pages in one pass
 * @param htmlChars           chars of HTML in one pass (the input that was parsed)
 * @param rounds              measured passes, in each of the two runs
 * @param threads             worker threads of the all-cores run
 * @param failedPerPass       pages whose extraction threw, in one pass (a failure still counts as a page done)
 * @param singleThreadSeconds wall time of all measured single-thread passes
 * @param singleThreadCpuSeconds CPU time the whole process (JIT and GC threads included) used during
 *                            them: unlike wall time it does not stretch when other programs share the cores
 * @param allCoresSeconds     wall time of all measured all-cores passes
 * @param peakHeapBytes       peak heap during the measured passes (upper bound, garbage included)
 * @param liveHeapBefore      heap in use after a full GC before the measured passes: the pages loaded
 *                            in memory plus whatever the warm-up left
 * @param liveHeapAfterRound  heap in use after a full GC following each measured pass, in order
 *                            (single-thread passes, then all-cores passes)
 * @param bodyChars           chars of article text per pass (a check that work was done, and kept the
 *                            JIT from discarding it)
 */
public record SpeedReport(int pages, long htmlChars, int rounds, int threads, int failedPerPass,
                          double singleThreadSeconds, double singleThreadCpuSeconds, double allCoresSeconds, long peakHeapBytes,
                          long liveHeapBefore, List<Long> liveHeapAfterRound, long bodyChars) {
    public SpeedReport {
        liveHeapAfterRound = List.copyOf(liveHeapAfterRound);
    }

    /** Pages per second on one core. */
    public double pagesPerSecondPerCore() {
        return rate(singleThreadSeconds);
    }

    /**
     * Pages per CPU-second of the process during the single-thread passes: the per-core speed that holds
     * on a loaded machine, comparable with a peer's pages per CPU-second of its process.
     */
    public double pagesPerCpuSecond() {
        return rate(singleThreadCpuSeconds);
    }

    /** Pages per second with all worker threads. */
    public double pagesPerSecondAllCores() {
        return rate(allCoresSeconds);
    }

    /** Live heap after the first measured pass. */
    public long liveHeapFirstRound() {
        return liveHeapAfterRound.isEmpty() ? 0 : liveHeapAfterRound.get(0);
    }

    /** Live heap after the last measured pass. */
    public long liveHeapLastRound() {
        return liveHeapAfterRound.isEmpty() ? 0 : liveHeapAfterRound.get(liveHeapAfterRound.size() - 1);
    }

    /**
     * Growth of the live heap from the first to the last measured pass, after
     * {@code pages × (2 × rounds − 1)} more pages: about zero when extraction streams.
     */
    public long liveHeapGrowthBytes() {
        return liveHeapLastRound() - liveHeapFirstRound();
    }

    /** Pages extracted between the first and the last live-heap reading. */
    public long pagesBetweenHeapReadings() {
        return (long) pages * Math.max(0, liveHeapAfterRound.size() - 1);
    }

    private double rate(double seconds) {
        return seconds <= 0 ? 0 : (double) pages * rounds / seconds;
    }
}
