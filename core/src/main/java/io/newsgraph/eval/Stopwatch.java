package io.newsgraph.eval;

import io.newsgraph.store.StoreException;

/** Wall time of one piece of benchmark work that may fail with a store error. */
final class Stopwatch {
    private Stopwatch() {}

    interface Work {
        void run() throws StoreException;
    }

    static double seconds(Work work) throws StoreException {
        long t = System.nanoTime();
        work.run();
        return (System.nanoTime() - t) / 1e9;
    }
}
