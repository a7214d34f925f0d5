package io.newsgraph.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise precision and recall of a clustering against the truth: of all pairs of items put in one
 * cluster, how many belong together (precision); of all pairs that belong together, how many were put
 * in one cluster (recall). Counted from cluster sizes, not by listing pairs.
 */
record PairwiseScore(double precision, double recall, long truePairs, long predictedPairs, long correctPairs) {

    static PairwiseScore of(List<String> truth, List<String> predicted) {
        Map<String, Long> t = new HashMap<>();
        Map<String, Long> p = new HashMap<>();
        Map<String, Long> both = new HashMap<>();
        for (int i = 0; i < truth.size(); i++) {
            t.merge(truth.get(i), 1L, Long::sum);
            p.merge(predicted.get(i), 1L, Long::sum);
            both.merge(truth.get(i) + "\u0000" + predicted.get(i), 1L, Long::sum);
        }
        long tp = pairs(t), pp = pairs(p), cp = pairs(both);
        return new PairwiseScore(pp == 0 ? 1.0 : (double) cp / pp, tp == 0 ? 1.0 : (double) cp / tp, tp, pp, cp);
    }

    private static long pairs(Map<String, Long> sizes) {
        long n = 0;
        for (long s : sizes.values()) n += s * (s - 1) / 2;
        return n;
    }
}
