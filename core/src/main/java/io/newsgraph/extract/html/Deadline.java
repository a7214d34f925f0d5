package io.newsgraph.extract.html;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * The time left for extracting one page. The extractor's loops over nodes and blocks call
 * {@link #check()}; once the budget is spent it throws {@link Exceeded}, which the extractor turns
 * into a "not an article" result. Cooperative rather than a watchdog thread, so nothing is left
 * running after the page is given up, and the tree is never read by two threads.
 *
 * <p>The budget is the calling thread's CPU time, so that the same page gets the same result on a
 * loaded machine (where wall-clock time stretches with every other busy thread); a page that stalls
 * without using CPU is still given up after four budgets of wall-clock time.
 */
final class Deadline {
    /** Checking the clock on every node would cost more than it saves: once per this many calls. */
    private static final int CHECK_EVERY = 256;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
    private static final int WALL_CLOCK_FACTOR = 4;

    private final long budgetNanos;
    private final long cpuEnd;
    private final long wallEnd;
    private int calls;

    private Deadline(Duration budget) {
        this.budgetNanos = budget.toNanos();
        long now = System.nanoTime();
        this.cpuEnd = CPU_TIME ? THREADS.getCurrentThreadCpuTime() + budgetNanos : now + budgetNanos;
        this.wallEnd = now + WALL_CLOCK_FACTOR * budgetNanos;
    }

    /** A deadline {@code budget} from now. */
    static Deadline after(Duration budget) {
        return new Deadline(budget);
    }

    /** Throws {@link Exceeded} when the budget is spent; cheap enough to call once per node. */
    void check() {
        if (++calls % CHECK_EVERY == 0) {
            checkNow();
        }
    }

    /** Reads the clock on every call: for loops whose steps are large (a whole parse chunk). */
    void checkNow() {
        long now = System.nanoTime();
        long cpu = CPU_TIME ? THREADS.getCurrentThreadCpuTime() : now;
        if (cpu - cpuEnd > 0 || now - wallEnd > 0) {
            throw new Exceeded(budgetNanos / 1_000_000);
        }
    }

    /** Thrown out of the tree walks when the page's time is up; caught by {@link HtmlExtractor}. */
    static final class Exceeded extends RuntimeException {
        // no stack trace: it is control flow, caught one frame above the walks, and is thrown often in a batch of big pages
        Exceeded(long budgetMillis) {
            super("extraction exceeded the time budget of " + budgetMillis + " ms of CPU time", null, false, false);
        }
    }
}
