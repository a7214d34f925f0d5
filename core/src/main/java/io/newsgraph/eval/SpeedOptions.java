package io.newsgraph.eval;

/**
 * How long and how wide an extraction speed run is. Immutable; checked on construction.
 *
 * @param warmupRounds passes over all pages before measuring, so the JIT has compiled the hot paths
 * @param rounds       measured passes over all pages, for each of the single-thread and all-cores runs
 * @param threads      worker threads of the all-cores run
 */
public record SpeedOptions(int warmupRounds, int rounds, int threads) {
    public SpeedOptions {
        if (warmupRounds < 0) throw new IllegalArgumentException("warmupRounds must be >= 0, was " + warmupRounds);
        if (rounds < 1) throw new IllegalArgumentException("rounds must be >= 1, was " + rounds);
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }

    /** Two warm-up passes, five measured ones, one thread per available core. */
    public static SpeedOptions defaults() {
        return new SpeedOptions(2, 5, Runtime.getRuntime().availableProcessors());
    }

    public SpeedOptions withRounds(int newRounds) {
        return new SpeedOptions(warmupRounds, newRounds, threads);
    }
}
