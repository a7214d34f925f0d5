package io.newsgraph.stories;

import io.newsgraph.stories.SentenceEncoder.SentenceVector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one pairs of statements across two articles: every pair at or above the threshold, best first,
 * each statement used once (greedy; optimal assignment would gain nothing measurable for a handful of
 * statements). Ties go to the earlier statements, so the result never depends on hash order.
 */
final class StatementMatching {
    private StatementMatching() {}

    record Pair(int first, int second, double similarity) {}

    static List<Pair> pairs(List<SentenceVector> a, List<SentenceVector> b, double threshold) {
        List<Pair> all = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                double s = a.get(i).similarity(b.get(j));
                if (s >= threshold) all.add(new Pair(i, j, s));
            }
        }
        all.sort(Comparator.comparingDouble(Pair::similarity).reversed()
                .thenComparingInt(Pair::first).thenComparingInt(Pair::second));
        boolean[] usedA = new boolean[a.size()], usedB = new boolean[b.size()];
        List<Pair> out = new ArrayList<>();
        for (Pair p : all) {
            if (usedA[p.first()] || usedB[p.second()]) continue;
            usedA[p.first()] = usedB[p.second()] = true;
            out.add(p);
        }
        return out;
    }
}
