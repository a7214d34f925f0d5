package io.newsgraph.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * B-cubed precision, recall and F1 of a clustering against the truth (Bagga & Baldwin 1998): for each
 * item, the share of its cluster that is in its true class (precision) and the share of its class that is
 * in its cluster (recall), averaged over items. Unlike pairwise scores it does not let one big cluster
 * dominate. Immutable.
 */
public record BCubed(double precision, double recall, int items) {

    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** Scores {@code predicted} (item → cluster) against {@code truth} (item → class) over the items of {@code truth}. */
    public static BCubed score(Map<String, String> predicted, Map<String, String> truth) {
        Map<String, Integer> clusterSize = new HashMap<>(), classSize = new HashMap<>(), both = new HashMap<>();
        for (Map.Entry<String, String> e : truth.entrySet()) {
            String cluster = predicted.get(e.getKey());
            if (cluster == null) throw new IllegalArgumentException("no cluster for " + e.getKey());
            clusterSize.merge(cluster, 1, Integer::sum);
            classSize.merge(e.getValue(), 1, Integer::sum);
            both.merge(cluster + '\u0000' + e.getValue(), 1, Integer::sum);
        }
        double p = 0, r = 0;
        for (Map.Entry<String, String> e : truth.entrySet()) {
            String cluster = predicted.get(e.getKey());
            int common = both.get(cluster + '\u0000' + e.getValue());
            p += (double) common / clusterSize.get(cluster);
            r += (double) common / classSize.get(e.getValue());
        }
        int n = truth.size();
        return new BCubed(n == 0 ? 1 : p / n, n == 0 ? 1 : r / n, n);
    }

    @Override
    public String toString() {
        return String.format("B-cubed P %.3f R %.3f F1 %.3f over %,d articles", precision, recall, f1(), items);
    }
}
