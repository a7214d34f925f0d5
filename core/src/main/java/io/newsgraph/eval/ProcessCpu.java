package io.newsgraph.eval;

import java.lang.management.ManagementFactory;

/** CPU time used by this whole process, all threads: what a peer's {@code process.cpuUsage()} or {@code time.process_time()} reports. */
final class ProcessCpu {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ProcessCpu() {}

    /** Nanoseconds of CPU since the process started. */
    static long nanos() {
        return OS.getProcessCpuTime();
    }
}
