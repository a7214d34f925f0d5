package io.newsgraph.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Reads the JVM heap for a speed run: the live heap after a full GC (what the run retains) and the
 * peak heap occupancy since the last reset (what it needed, garbage included).
 */
final class HeapProbe {
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
            .toList();

    /**
     * Heap in use after asking for a full GC twice (once may leave objects with finalizers or weak
     * references for the next cycle). Only for between rounds: it costs a stop-the-world collection.
     */
    long liveBytesAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    void resetPeaks() {
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /**
     * Sum over the heap pools (eden, survivor, old …) of each pool's peak since {@link #resetPeaks()}.
     * The pools peak at different moments, so this is an upper bound on the heap in use at any one time.
     */
    long peakBytesSinceReset() {
        return heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
